import { describe, expect, it } from 'vitest';
import { fixtureData, fixtureRelease, queriesAt } from '@/tests/support/release-data';
import { createQueries } from '@/lib/content/queries';

const release = fixtureRelease;

const data = fixtureData([
    release('old', 'en', '2024-03-01T10:00:00Z', { topics: ['markets'] }),
    release('old', 'de', '2024-03-01T10:00:00Z', { topics: ['markets'] }),
    release('new', 'en', '2025-06-01T10:00:00Z', { models: ['smart-5'], formerSlugs: ['new-old-name'] }),
    release('draft', 'en', '2025-01-01T10:00:00Z', { draft: true }),
    release('embargoed', 'en', '2025-07-01T10:00:00Z'),
    release('embargoed', 'de', '2025-07-01T10:00:00Z'),
]);

const now = new Date('2025-06-15T00:00:00Z');
const queries = (at = now) => queriesAt(data, at);

describe('release queries', () => {
  it('lists public releases newest first with English fallbacks marked', () => {
    const de = queries().listReleases('de');
    expect(de.items.map((l) => [l.release.slug, l.release.locale, l.isFallback])).toEqual([
      ['new', 'en', true],
      ['old', 'de', false],
    ]);
    expect(de.total).toBe(2);
  });

  it('name the release pages of each language, newest first, and group the public translations per release', () => {
    expect(queries().releaseSlugs('en')).toEqual(['new', 'old']);
    expect(queries().releaseSlugs('de')).toEqual(['old']);
    expect(queries().releaseSlugs('fr')).toEqual([]);
    expect(
      queries()
        .releaseGroups()
        .map(({ slug, translations }) => [slug, [...translations.keys()]]),
    ).toEqual([
      ['new', ['en']],
      ['old', ['en', 'de']],
    ]);
    expect(queries(new Date('2025-07-01T10:00:00Z')).releaseSlugs('de')).toEqual(['embargoed', 'old']);
  });

  it('never returns drafts or embargoed releases, by any query', () => {
    const q = queries();
    expect(q.getRelease('en', 'draft')).toBeUndefined();
    expect(q.getRelease('en', 'embargoed')).toBeUndefined();
    expect(q.releaseGroups().map((g) => g.slug)).not.toContain('embargoed');
    for (const locale of ['en', 'de'] as const) expect(q.releaseSlugs(locale)).not.toContain('embargoed');
    expect(q.releaseLocales('embargoed')).toEqual([]);
    expect(q.findReleaseFile('embargoed', 'hero.jpg')).toBeUndefined();
  });

  it('lifts an embargo when the clock passes it, without reloading data', () => {
    let at = now;
    const q = createQueries(
      () => data,
      () => at,
    );
    expect(q.getRelease('de', 'embargoed')).toBeUndefined();
    at = new Date('2025-07-01T10:00:00Z');
    expect(q.getRelease('de', 'embargoed')?.title).toBe('embargoed de');
    expect(q.listReleases('en').items[0]?.release.slug).toBe('embargoed');
  });

  it('filters by topic, model and year and pages the result', () => {
    const q = queries();
    expect(q.listReleases('en', { topic: 'markets' }).items.map((l) => l.release.slug)).toEqual(['old']);
    expect(q.listReleases('en', { model: 'smart-5' }).items.map((l) => l.release.slug)).toEqual(['new']);
    expect(q.listReleases('en', { year: 2024 }).items.map((l) => l.release.slug)).toEqual(['old']);
    expect(q.listReleases('en', {}, 2, 1)).toMatchObject({
      page: 2,
      pageCount: 2,
      total: 2,
      items: [{ release: { slug: 'old' } }],
    });
    expect(q.releaseYears()).toEqual([2025, 2024]);
  });

  it('finds the current slug of a former one and files only of public releases', () => {
    const q = queries();
    expect(q.currentSlug('new-old-name')).toBe('new');
    expect(q.currentSlug('unknown')).toBeUndefined();
    expect(q.findReleaseFile('new', 'hero.jpg')).toMatchObject({ folder: '2025-06-01-new', file: 'hero.jpg' });
    expect(q.findReleaseFile('new', '../../etc/passwd')).toBeUndefined();
  });

  it('shows drafts and embargoed releases in preview only', () => {
    const preview = createQueries(
      () => data,
      () => now,
      { preview: true },
    );
    expect(preview.getRelease('en', 'draft')?.title).toBe('draft en');
    expect(preview.getRelease('en', 'embargoed')?.title).toBe('embargoed en');
  });
});
