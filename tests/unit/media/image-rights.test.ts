import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { withRights } from '@/lib/media/image-rights';
import { exifToolMissing, readTags } from '@/tests/support/exiftool';
import { fixtureImage, fixtureRelease } from '@/tests/support/release-data';

const missing = exifToolMissing();
if (missing) console.warn(`image rights: ${missing}`);
const withExifTool = it.skipIf(missing !== undefined);

const picture = sharp({ create: { width: 8, height: 6, channels: 3, background: '#2a6f5e' } })
  .jpeg()
  .toBuffer()
  .then((bytes) => new Uint8Array(bytes));

const release = (locale: 'en' | 'de' | 'zh', extra = {}) =>
  fixtureRelease('smart-5-launch', locale, '2025-04-08T11:00:00+02:00', { title: `Launch (${locale})`, ...extra });
const image = { ...fixtureImage, credit: 'smart Automobile Co., Ltd.', usage: 'editorial' as const };

describe('the rights a delivered picture carries', { timeout: 30_000 }, () => {
  withExifTool(
    'name the release, the rights holder, the terms and the release page, in the release language',
    async () => {
      const tags = await readTags(
        withRights(await picture, release('de'), { ...image, expires: '2026-06-30' }, 'https://newsroom.example'),
      );
      expect(tags).toMatchObject({
        'XMP-photoshop:Headline': 'Launch (de)',
        'IPTC:Headline': 'Launch (de)',
        'XMP-photoshop:Credit': 'smart Automobile Co., Ltd.',
        'IPTC:Credit': 'smart Automobile Co., Ltd.',
        'XMP-dc:Rights': '© 2025 smart Automobile Co., Ltd.',
        'IPTC:CopyrightNotice': '© 2025 smart Automobile Co., Ltd.',
        'XMP-xmpRights:UsageTerms': 'Nur für redaktionelle Zwecke. Nutzbar bis 30. Juni 2026.',
        'XMP-xmpRights:UsageTerms-de': 'Nur für redaktionelle Zwecke. Nutzbar bis 30. Juni 2026.',
        'XMP-xmpRights:WebStatement': 'https://newsroom.example/de/releases/smart-5-launch',
        'XMP-photoshop:Source': 'smart Newsroom',
        'IPTC:Source': 'smart Newsroom',
      });
    },
  );

  withExifTool(
    'state terms without an end date as they are, with the language’s own punctuation otherwise',
    async () => {
      const free = await readTags(
        withRights(await picture, release('en'), { ...image, usage: 'unrestricted' }, 'https://newsroom.example'),
      );
      expect(free['XMP-xmpRights:UsageTerms']).toBe('Free to use');
      const chinese = await readTags(
        withRights(await picture, release('zh'), { ...image, expires: '2026-06-30' }, 'https://newsroom.example'),
      );
      expect(chinese['XMP-xmpRights:UsageTerms']).toBe('仅限新闻报道使用。可使用至2026年6月30日。');
    },
  );
});
