import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { deliveredRendition } from '@/lib/media/renditions/delivered';
import { exifToolMissing, readTags } from '@/tests/support/exiftool';
import { fixtureImage, fixtureRelease } from '@/tests/support/release-data';

const missing = exifToolMissing();
if (missing) console.warn(`delivered renditions: ${missing}`);

// A sample release's hero (3000 × 2000), under a release of the test's own.
const release = (title: string) =>
  fixtureRelease('smart-5-brabus-milan-design-week', 'en', '2025-04-08T11:00:00+02:00', {
    folder: '2025-04-08-smart-5-brabus-milan-design-week',
    title,
  });
const image = { ...fixtureImage, credit: 'smart Automobile Co., Ltd.' };
const found = (title = 'Premiere in Milan') => ({
  folder: release(title).folder,
  file: 'hero.jpg',
  release: release(title),
  image,
});

describe('a delivered rendition', { timeout: 60_000 }, () => {
  it('is named by the hash of the bytes sent, which change with the rights they carry', async () => {
    const web = await deliveredRendition(found(), 'web');
    expect(web.version).toBe(createHash('sha256').update(web.body).digest('hex').slice(0, 10));
    expect([web.width, web.height]).toEqual([2048, 1365]);
    expect(await sharp(web.body).metadata()).toMatchObject({ width: 2048, height: 1365, format: 'jpeg' });
    const retitled = await deliveredRendition(found('Premiere in Milan, corrected'), 'web');
    expect(retitled.version).not.toBe(web.version);
  });

  it.skipIf(missing !== undefined)('carries the credit, copyright, terms, source and release page', async () => {
    const tags = await readTags((await deliveredRendition(found(), '4x5')).body);
    expect(tags).toMatchObject({
      'File:ImageWidth': 1600,
      'File:ImageHeight': 2000,
      'IPTC:Credit': 'smart Automobile Co., Ltd.',
      'IPTC:CopyrightNotice': '© 2025 smart Automobile Co., Ltd.',
      'XMP-xmpRights:UsageTerms': 'Editorial use only',
      'XMP-xmpRights:WebStatement': `${env.siteUrl}/en/releases/smart-5-brabus-milan-design-week`,
      'IPTC:Headline': 'Premiere in Milan',
      'IPTC:Source': 'smart Newsroom',
      'ExifTool:Validate': 'OK',
    });
  });

  it('refuses a file that is not an image', async () => {
    await expect(deliveredRendition({ ...found(), file: 'fact-sheet.pdf', image: undefined }, 'web')).rejects.toThrow(
      'fact-sheet.pdf is not an image',
    );
  });
});
