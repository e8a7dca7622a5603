import { describe, expect, it } from 'vitest';
import { fixtureData, fixtureRelease, queriesAt } from '@/tests/support/release-data';
import type { MediaListing } from '@/lib/content/queries';
import type { Release } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/locales';

const image = (file: string, caption = file) => ({
  file,
  alt: `alt ${file}`,
  caption,
  credit: 'smart',
  usage: 'editorial' as const,
});

const film = {
  file: 'b-roll.mp4',
  small: 'b-roll-720p.mp4',
  poster: 'b-roll.jpg',
  captions: 'b-roll.en.vtt',
  title: 'B-roll',
  description: 'Driving shots',
  credit: 'smart',
  usage: 'editorial' as const,
};

const release = (slug: string, locale: Locale, publishedAt: string, extra: Partial<Release> = {}): Release =>
  fixtureRelease(slug, locale, publishedAt, {
    hero: image('hero.jpg', `${slug} ${locale} hero`),
    gallery: [image('gallery-1.jpg', `${slug} ${locale} gallery`)],
    attachments: [{ file: 'fact-sheet.pdf', title: 'Fact sheet', language: 'en' }],
    ...extra,
  });

const data = fixtureData([
    release('old', 'en', '2024-03-01T10:00:00Z', { topics: ['markets'], gallery: [] }),
    release('old', 'de', '2024-03-01T10:00:00Z', { topics: ['markets'], gallery: [] }),
    release('new', 'en', '2025-06-01T10:00:00Z', { models: ['smart-5'], videos: [film] }),
    release('draft', 'en', '2025-01-01T10:00:00Z', { draft: true }),
    release('embargoed', 'en', '2025-07-01T10:00:00Z', { models: ['smart-5'] }),
    release('embargoed', 'de', '2025-07-01T10:00:00Z', { models: ['smart-5'] }),
]);

const now = new Date('2025-06-15T00:00:00Z');
const queries = (at = now) => queriesAt(data, at);
const ids = (items: MediaListing[]) =>
  items.map((i) => `${i.release.slug}/${i.release.locale}/${i.kind === 'image' ? i.image.file : i.video.file}`);

describe('media library query', () => {
  it('lists hero, gallery and videos of public releases, newest release first, English where untranslated', () => {
    const de = queries().listMedia('de');
    expect(ids(de.items)).toEqual(['new/en/hero.jpg', 'new/en/gallery-1.jpg', 'new/en/b-roll.mp4', 'old/de/hero.jpg']);
    expect(de.items.map((i) => [i.kind === 'image' ? i.role : 'video', i.isFallback])).toEqual([
      ['hero', true],
      ['gallery', true],
      ['video', true],
      ['hero', false],
    ]);
    const last = de.items[3];
    expect(last?.kind === 'image' && last.image.caption).toBe('old de hero');
    expect(de).toMatchObject({ total: 4, images: 3, videos: 1 });
  });

  it('never lists an image of a draft or an embargoed release, and lists them once the embargo lifts', () => {
    const everything = (['en', 'de'] as const).flatMap((locale) =>
      ids(queries().listMedia(locale, {}, 1, 100).items),
    );
    expect(everything).toHaveLength(8);
    expect(everything.some((id) => id.startsWith('draft/') || id.startsWith('embargoed/'))).toBe(false);
    expect(ids(queries().listMedia('en', { model: 'smart-5' }).items)).toEqual([
      'new/en/hero.jpg',
      'new/en/gallery-1.jpg',
      'new/en/b-roll.mp4',
    ]);
    expect(queries().findReleaseFile('embargoed', 'fact-sheet.pdf')).toBeUndefined();
    expect(queries().findReleaseFile('draft', 'hero.jpg')).toBeUndefined();

    const lifted = queries(new Date('2025-07-01T10:00:00Z'));
    expect(ids(lifted.listMedia('de').items).slice(0, 2)).toEqual([
      'embargoed/de/hero.jpg',
      'embargoed/de/gallery-1.jpg',
    ]);
    const sheet = lifted.findReleaseFile('embargoed', 'fact-sheet.pdf');
    expect(sheet).toMatchObject({ folder: '2025-07-01-embargoed', file: 'fact-sheet.pdf' });
    // An attachment has no picture entry: nothing to write into it.
    expect(sheet?.image).toBeUndefined();
    // English first: the file is the same in every language, and its rights are stated in the English version.
    expect(sheet?.release.locale).toBe('en');
  });

  it('filters by topic and model and pages the result', () => {
    const q = queries();
    expect(ids(q.listMedia('en', { topic: 'markets' }).items)).toEqual(['old/en/hero.jpg']);
    expect(q.listMedia('en', { topic: 'markets' })).toMatchObject({ images: 1, videos: 0 });
    expect(q.listMedia('en', { topic: 'brand' })).toMatchObject({ items: [], total: 0, pageCount: 1 });
    const second = q.listMedia('en', {}, 2, 2);
    expect(second).toMatchObject({ page: 2, pageCount: 2, total: 4 });
    expect(ids(second.items)).toEqual(['new/en/b-roll.mp4', 'old/en/hero.jpg']);
    // Pages that start inside a release's images, and the pages together give the whole list once.
    const whole = ids(q.listMedia('en', {}, 1, 100).items);
    expect(ids(q.listMedia('en', {}, 2, 1).items)).toEqual(['new/en/gallery-1.jpg']);
    for (const size of [1, 2, 3, 4]) {
      const pages = Array.from({ length: q.listMedia('en', {}, 1, size).pageCount }, (_, i) =>
        ids(q.listMedia('en', {}, i + 1, size).items),
      );
      expect(pages.flat()).toEqual(whole);
    }
  });

  it('finds only files a public release names', () => {
    const q = queries();
    const found = q.findReleaseFile('new', 'gallery-1.jpg');
    expect(found).toMatchObject({ folder: '2025-06-01-new', file: 'gallery-1.jpg' });
    expect([found?.release.slug, found?.image?.file]).toEqual(['new', 'gallery-1.jpg']);
    for (const file of [
      '../index.en.md',
      '..%2Findex.en.md',
      '/etc/passwd',
      'index.en.md',
      'en.md',
      'gallery-2.jpg',
      '',
    ])
      expect(q.findReleaseFile('new', file), file).toBeUndefined();
    expect(q.findReleaseFile('../new', 'hero.jpg')).toBeUndefined();
  });

  it('marks a picture whose usage period is over, in its release time zone, and never an attachment', () => {
    const expiring = fixtureData([
      release('new', 'en', '2025-06-01T10:00:00Z', {
        timeZone: 'Asia/Shanghai',
        gallery: [{ ...image('gallery-1.jpg'), expires: '2025-06-20' }],
      }),
    ]);
    const at = (instant: string) => queriesAt(expiring, new Date(instant));
    expect(at('2025-06-20T15:59:59Z').findReleaseFile('new', 'gallery-1.jpg')?.usageEnded).toBeUndefined();
    expect(at('2025-06-20T16:00:00Z').findReleaseFile('new', 'gallery-1.jpg')?.usageEnded).toBe('2025-06-20');
    expect(at('2030-01-01T00:00:00Z').findReleaseFile('new', 'hero.jpg')?.usageEnded).toBeUndefined();
    expect(at('2030-01-01T00:00:00Z').findReleaseFile('new', 'fact-sheet.pdf')?.usageEnded).toBeUndefined();
    // Pages, feeds and kits ask the same question of a release they hold: the same answer.
    const held = at('2025-06-20T16:00:00Z').getRelease('en', 'new')!;
    expect(at('2025-06-20T15:59:59Z').usageEndOf(held, held.gallery[0]!)).toBeUndefined();
    expect(at('2025-06-20T16:00:00Z').usageEndOf(held, held.gallery[0]!)).toBe('2025-06-20');
    expect(at('2030-01-01T00:00:00Z').usageEndOf(held, held.hero)).toBeUndefined();
  });
});
