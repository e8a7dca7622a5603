import { describe, expect, it } from 'vitest';
import { createQueries } from '@/lib/content/queries';
import { choiceCounts, parseArchiveSegments, withoutFacet } from '@/lib/archive/facets';
import { archivePath } from '@/lib/routing';
import { fixtureData, fixtureRelease } from '@/tests/support/release-data';

const parse = (path: string) => parseArchiveSegments(path.split('/').filter(Boolean));

describe('archive URLs: one builder and one parser', () => {
  it('keep the single-filter URLs of the URL map', () => {
    expect(archivePath('en')).toBe('/en/releases');
    expect(archivePath('de', {}, 2)).toBe('/de/releases/page/2');
    expect(archivePath('en', { topic: 'products' })).toBe('/en/releases/topic/products');
    expect(archivePath('ar', { model: 'smart-5' }, 3)).toBe('/ar/releases/model/smart-5/page/3');
    expect(archivePath('fr', { year: 2025 })).toBe('/fr/releases/year/2025');
  });

  it('combine facets in one order, topic, model, year, then the page', () => {
    expect(archivePath('en', { year: 2025, model: 'smart-5', topic: 'products' }, 2)).toBe(
      '/en/releases/topic/products/model/smart-5/year/2025/page/2',
    );
    expect(archivePath('zh', { year: 2024, topic: 'markets' })).toBe('/zh/releases/topic/markets/year/2024');
    expect(archivePath('en', { model: 'smart-1', year: 2025 })).toBe('/en/releases/model/smart-1/year/2025');
  });

  it('parse what the builder builds, in canonical order', () => {
    for (const [filter, page] of [
      [{}, 1],
      [{}, 4],
      [{ topic: 'brand' }, 1],
      [{ model: 'smart-3', year: 2024 }, 2],
      [{ topic: 'products', model: 'smart-5', year: 2025 }, 7],
    ] as const) {
      const [, , ...segments] = archivePath('en', filter, page).split('/').filter(Boolean);
      expect(parseArchiveSegments(segments)).toEqual({ query: { filter, page }, canonical: true });
    }
  });

  it('recognise another order as the same query, not canonical', () => {
    expect(parse('year/2025/topic/products')).toEqual({
      query: { filter: { topic: 'products', year: 2025 }, page: 1 },
      canonical: false,
    });
    expect(parse('model/smart-5/topic/products/page/2')).toEqual({
      query: { filter: { topic: 'products', model: 'smart-5' }, page: 2 },
      canonical: false,
    });
  });

  it('refuse what is not an archive query', () => {
    for (const path of [
      'topic',
      'topic/cars',
      'model/smart-5/model/smart-1',
      'topic/products/topic/products',
      'year/25',
      'year/2025x',
      'page/1',
      'page/0',
      'page/01',
      'page',
      'page/2/topic/products',
      'topic/products/page/2/x',
      'colour/red',
      'first-half-2025',
      'topic/products/first-half-2025',
    ]) {
      expect(parse(path), path).toBeUndefined();
    }
  });
});

describe('the filter bar counts', () => {
  const release = fixtureRelease;
  const queries = createQueries(
    () =>
      fixtureData([
        release('a', 'en', '2025-05-01T10:00:00Z', { topics: ['products'], models: ['smart-5'] }),
        release('b', 'en', '2025-03-01T10:00:00Z', { topics: ['products', 'technology'], models: ['smart-1'] }),
        release('c', 'en', '2024-09-01T10:00:00Z', { topics: ['products'], models: ['smart-5'] }),
        release('d', 'en', '2024-02-01T10:00:00Z', { topics: ['markets'], models: [] }),
        release('e', 'en', '2099-01-01T10:00:00Z', { topics: ['products'], models: ['smart-5'] }),
      ]),
    () => new Date('2025-06-01T00:00:00Z'),
  );
  const counts = (filter: Parameters<typeof choiceCounts>[0]) => {
    const result = choiceCounts(filter, (f) => queries.listAllReleases('en', f));
    return Object.fromEntries(
      Object.entries(result).map(([facet, { all, byValue }]) => [facet, { all, ...Object.fromEntries(byValue) }]),
    );
  };

  it('count each choice among the releases that match the other active filters', () => {
    expect(counts({})).toEqual({
      topic: { all: 4, products: 3, technology: 1, markets: 1 },
      model: { all: 4, 'smart-5': 2, 'smart-1': 1 },
      year: { all: 4, '2025': 2, '2024': 2 },
    });
    // With a topic chosen, models and years count within it; the topics count as if the topic were replaced.
    expect(counts({ topic: 'products' })).toEqual({
      topic: { all: 4, products: 3, technology: 1, markets: 1 },
      model: { all: 3, 'smart-5': 2, 'smart-1': 1 },
      year: { all: 3, '2025': 2, '2024': 1 },
    });
    expect(counts({ topic: 'products', model: 'smart-5', year: 2024 })).toEqual({
      topic: { all: 1, products: 1 },
      model: { all: 1, 'smart-5': 1 },
      year: { all: 2, '2025': 1, '2024': 1 },
    });
  });

  it('equal the totals of the pages the choices link to', () => {
    const active = { topic: 'products', year: 2025 } as const;
    const result = choiceCounts(active, (f) => queries.listAllReleases('en', f));
    expect(result.model.byValue.get('smart-1')).toBe(queries.listReleases('en', { ...active, model: 'smart-1' }).total);
    expect(result.year.byValue.get('2024')).toBe(queries.listReleases('en', { ...active, year: 2024 }).total);
    expect(result.topic.all).toBe(queries.listReleases('en', withoutFacet(active, 'topic')).total);
  });
});
