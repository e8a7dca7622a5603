import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeRenditions } from '@/lib/media/renditions/make';

/** A 300 × 200 PNG whose left half is transparent and right half green. */
const halfTransparent = () =>
  sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 1 } } })
    .composite([
      {
        input: { create: { width: 150, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } },
        left: 0,
        top: 0,
        blend: 'source',
      },
    ])
    .png()
    .toBuffer();

describe('makeRenditions', { timeout: 30_000 }, () => {
  it('makes every rendition as an sRGB JPEG with its profile, in its promised size, never enlarged', async () => {
    const made = await makeRenditions(await halfTransparent());
    const facts = await Promise.all(
      [...made].map(async ([rendition, bytes]) => {
        const meta = await sharp(bytes).metadata();
        return [rendition, meta.format, meta.width, meta.height, meta.space, meta.icc !== undefined];
      }),
    );
    expect(facts).toEqual([
      ['web', 'jpeg', 300, 200, 'srgb', true],
      ['1x1', 'jpeg', 200, 200, 'srgb', true],
      ['4x5', 'jpeg', 160, 200, 'srgb', true],
      ['16x9', 'jpeg', 288, 162, 'srgb', true],
      ['4x3', 'jpeg', 264, 198, 'srgb', true],
    ]);
  });

  it('lays transparency on white', async () => {
    const web = (await makeRenditions(await halfTransparent())).get('web');
    const { data } = await sharp(web)
      .extract({ left: 10, top: 100, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data].every((channel) => channel > 250)).toBe(true);
  });

  it('applies the EXIF orientation', async () => {
    const turned = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const web = await sharp((await makeRenditions(turned)).get('web')).metadata();
    expect([web.width, web.height, web.orientation]).toEqual([200, 300, undefined]);
  });

  it('gives the same bytes for the same source every time', async () => {
    const source = await halfTransparent();
    const [first, second] = await Promise.all([makeRenditions(source), makeRenditions(source)]);
    for (const [rendition, bytes] of first)
      expect(bytes.equals(second.get(rendition) ?? Buffer.alloc(0)), rendition).toBe(true);
  });
});
