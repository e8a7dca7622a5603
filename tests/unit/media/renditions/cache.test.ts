import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheEntry, cachedRendition } from '@/lib/media/renditions/cache';
import * as make from '@/lib/media/renditions/make';

vi.mock('@/lib/media/renditions/make', async (original) => {
  const actual = await original<typeof import('@/lib/media/renditions/make')>();
  return { ...actual, makeRenditions: vi.fn(actual.makeRenditions) };
});

let dir: string;
let source: string;
let hash: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'renditions-'));
  const bytes = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#884422' } })
    .jpeg()
    .toBuffer();
  source = path.join(dir, 'source.jpg');
  await writeFile(source, bytes);
  hash = createHash('sha256').update(bytes).digest('hex');
  vi.mocked(make.makeRenditions).mockClear();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const cache = () => path.join(dir, 'cache');

describe('the rendition cache', { timeout: 30_000 }, () => {
  it('makes all renditions of a source once, however many ask at the same time', async () => {
    const [web, square] = await Promise.all([
      cachedRendition(source, 'web', cache()),
      cachedRendition(source, '1x1', cache()),
    ]);
    expect(make.makeRenditions).toHaveBeenCalledTimes(1);
    expect((await sharp(web).metadata()).width).toBe(400);
    expect((await sharp(square).metadata()).width).toBe(300);
    expect(await readFile(cacheEntry(cache(), hash, '16x9'))).toHaveLength(
      (await cachedRendition(source, '16x9', cache())).length,
    );
    expect(make.makeRenditions).toHaveBeenCalledTimes(1);
  });

  it('names entries by the source bytes, the rendition, the encoding version and libvips', () => {
    expect(path.relative(cache(), cacheEntry(cache(), hash, '4x5'))).toBe(
      `${hash.slice(0, 2)}/${hash}-4x5-s${make.SPEC_VERSION}-vips${sharp.versions.vips}.jpg`,
    );
  });

  it('makes a truncated entry again and ignores temporary files left by a crash', async () => {
    const entry = cacheEntry(cache(), hash, 'web');
    await mkdir(path.dirname(entry), { recursive: true });
    await writeFile(entry, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]));
    await writeFile(`${entry}.tmp-1-abcd`, 'half');
    const web = await cachedRendition(source, 'web', cache());
    expect(make.makeRenditions).toHaveBeenCalledTimes(1);
    expect((await readFile(entry)).equals(web)).toBe(true);
    expect(web.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(
      (await readdir(path.dirname(entry))).filter(
        (name) => name.includes('.tmp-') && name !== `${path.basename(entry)}.tmp-1-abcd`,
      ),
    ).toEqual([]);
  });

  it('reads a complete entry without making anything', async () => {
    await cachedRendition(source, 'web', cache());
    const { mtimeMs } = await stat(cacheEntry(cache(), hash, 'web'));
    await cachedRendition(source, 'web', cache());
    expect(make.makeRenditions).toHaveBeenCalledTimes(1);
    expect((await stat(cacheEntry(cache(), hash, 'web'))).mtimeMs).toBe(mtimeMs);
  });
});
