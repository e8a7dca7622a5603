import { describe, expect, it } from 'vitest';
import { fixtureRelease } from '@/tests/support/release-data';
import { createQueries } from '@/lib/content/queries';
import type { ContentData, Page, Release } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/locales';
import { htmlToPlainText, recentReleaseRecords, searchRecords } from '@/lib/search/records';

const image = { file: 'hero.jpg', alt: 'alt', caption: 'caption', credit: 'credit', usage: 'editorial' as const };

const release = (slug: string, locale: Locale, publishedAt: string, extra: Partial<Release> = {}): Release =>
  fixtureRelease(slug, locale, publishedAt, {
    title: `${slug} title ${locale}`,
    summary: `${slug} summary`,
    timeZone: 'Asia/Shanghai',
    topics: ['partnerships'],
    models: ['smart-5'],
    hero: image,
    bodyHtml: `<p>${slug} body <strong>${locale}</strong></p>`,
    ...extra,
  });

function page(path: string, locale: Locale, bodyHtml: string): Page {
  return {
    path,
    locale,
    title: `${path} ${locale}`,
    description: 'description',
    order: 1,
    nav: 'main',
    keyFigures: false,
    bodyHtml,
  };
}

const data: ContentData = {
  releases: [
    release('known', 'en', '2025-04-24T10:00:00+08:00', { highlights: ['a highlight'] }),
    release('known', 'de', '2025-04-24T10:00:00+08:00'),
    release('english-only', 'en', '2024-03-01T10:00:00+08:00', { topics: ['markets', 'brand'], models: [] }),
    release('draft', 'en', '2025-01-01T10:00:00+08:00', { draft: true }),
    release('draft', 'de', '2025-01-01T10:00:00+08:00', { draft: true }),
    release('embargoed', 'en', '2025-07-01T10:00:00+08:00'),
    release('embargoed', 'de', '2025-07-01T10:00:00+08:00'),
  ],
  pages: [
    page('about', 'en', '<h2 id="x">Vision &#x26; mission</h2><p>Born in the 1990s &lt;really&gt;.</p>'),
    page('about', 'de', '<p>Über uns</p>'),
  ],
  snippets: [],
  contacts: [],
  figures: [],
};

const beforeEmbargo = new Date('2025-06-15T00:00:00Z');
const records = (locale: Locale, now = beforeEmbargo) =>
  searchRecords(
    createQueries(
      () => data,
      () => now,
    ),
    locale,
  );
const urls = (locale: Locale, now?: Date) => records(locale, now).map((r) => r.url);

describe('search records', () => {
  it('index every public release and page of a locale, and no draft or embargoed release', () => {
    expect(urls('en')).toEqual(['/en/releases/known', '/en/releases/english-only', '/en/about']);
    const everything = [...records('en'), ...records('de')]
      .map((r) => `${r.url} ${r.meta.title} ${r.content}`)
      .join('\n');
    expect(everything).not.toMatch(/draft|embargoed/);
  });

  it('take an embargoed release in once its publishedAt instant has passed (the gate, not missing data)', () => {
    expect(urls('de', new Date('2025-07-01T02:00:00Z'))).toContain('/de/releases/embargoed');
    expect(urls('de', new Date('2025-07-01T01:59:59Z'))).not.toContain('/de/releases/embargoed');
  });

  it('index in each locale the English originals of what it lacks, at its own URL and marked as English', () => {
    expect(urls('de')).toEqual(['/de/releases/known', '/de/releases/english-only', '/de/about']);
    expect(records('de').every((r) => r.language === 'de')).toBe(true);
    const englishOnly = records('de').find((r) => r.url === '/de/releases/english-only');
    expect(englishOnly?.meta).toMatchObject({ title: 'english-only title en', lang: 'en', dir: 'ltr' });
    expect(records('de').find((r) => r.url === '/de/releases/known')?.meta).not.toHaveProperty('lang');
    expect(urls('fr')).toEqual(['/fr/releases/known', '/fr/releases/english-only']);
    expect(records('fr').every((r) => r.language === 'fr' && r.meta.lang === 'en')).toBe(true);
  });

  it('carry localized filters, the title and the local date, and plain text instead of HTML', () => {
    const [known] = records('de');
    expect(known?.filters).toEqual({ topic: ['Partnerschaften'], model: ['smart #5'], year: ['2025'] });
    expect(known?.meta).toEqual({
      title: 'known title de',
      date: '24. April 2025',
      datetime: '2025-04-24T10:00:00+08:00',
    });
    expect(known?.content).toBe('known title de\n\nknown summary\n\nknown body de');
    expect(records('en')[0]?.content).toContain('a highlight');
    expect(records('en')[1]?.filters).toEqual({ topic: ['Markets', 'Brand'], model: [], year: ['2024'] });
  });

  it('turn a brand page into text without tags or character references, and give it no filters', () => {
    const about = records('en').find((r) => r.url === '/en/about');
    expect(about?.content).toBe('about en\n\ndescription\n\nVision & mission\nBorn in the 1990s <really>.');
    expect(about?.filters).toEqual({});
    expect(htmlToPlainText('<p>a&nbsp;b &#169; &bogus; &#0;</p>')).toBe('a b © &bogus; &#0;');
  });
});

describe('releases lifted after the index was built', () => {
  const lifted = new Date('2025-07-01T02:00:00Z');
  const recent = (locale: Locale, indexedAt: Date, now: Date) =>
    recentReleaseRecords(
      createQueries(
        () => data,
        () => now,
      ),
      locale,
      indexedAt,
    ).map((r) => r.url);

  it('are the public releases published after the index instant, as the index would hold them', () => {
    expect(recent('de', beforeEmbargo, lifted)).toEqual(['/de/releases/embargoed']);
    const [record] = recentReleaseRecords(
      createQueries(
        () => data,
        () => lifted,
      ),
      'de',
      beforeEmbargo,
    );
    const indexed = records('de', lifted).find((r) => r.url === '/de/releases/embargoed');
    expect(record).toEqual({
      url: '/de/releases/embargoed',
      content: 'embargoed title de\n\nembargoed summary\n\nembargoed body de',
      language: 'de',
      meta: { title: 'embargoed title de', date: '1. Juli 2025', datetime: '2025-07-01T10:00:00+08:00' },
      filters: { topic: ['Partnerschaften'], model: ['smart #5'], year: ['2025'] },
    });
    expect(record).toEqual(indexed);
  });

  it('are nothing while the embargo holds, and nothing the index already has', () => {
    expect(recent('de', beforeEmbargo, new Date('2025-07-01T01:59:59Z'))).toEqual([]);
    expect(recent('de', lifted, new Date('2025-08-01T00:00:00Z'))).toEqual([]);
    expect(recent('en', new Date('2020-01-01T00:00:00Z'), beforeEmbargo)).toEqual([
      '/en/releases/known',
      '/en/releases/english-only',
    ]);
  });

  it('never include a draft, and include English originals a locale lacks, as its index does', () => {
    const epoch = new Date(0);
    expect(recent('de', epoch, lifted)).toEqual([
      '/de/releases/embargoed',
      '/de/releases/known',
      '/de/releases/english-only',
    ]);
    expect(recent('fr', epoch, lifted)).toEqual([
      '/fr/releases/embargoed',
      '/fr/releases/known',
      '/fr/releases/english-only',
    ]);
    const [french] = recentReleaseRecords(
      createQueries(
        () => data,
        () => lifted,
      ),
      'fr',
      beforeEmbargo,
    );
    expect(french?.meta).toMatchObject({ title: 'embargoed title en', lang: 'en', dir: 'ltr' });
  });
});
