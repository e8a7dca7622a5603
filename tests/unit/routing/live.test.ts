import { describe, expect, it } from 'vitest';
import { createQueries } from '@/lib/content/queries';
import { matchRoute, routeExists } from '@/lib/routing';
import { queryFacts } from '@/lib/routing/live';
import { fixtureData, fixtureImage, fixtureRelease } from '@/tests/support/release-data';

describe('the live facts: what is public now', () => {
  const now = new Date('2025-07-01T00:00:00Z');
  const data = fixtureData([
    fixtureRelease('lifted', 'en', '2025-06-01T00:00:00Z', { gallery: [{ ...fixtureImage, file: 'g.jpg' }] }),
    fixtureRelease('lifted', 'de', '2025-06-01T00:00:00Z'),
    fixtureRelease('embargoed', 'en', '2025-08-01T00:00:00Z', { formerSlugs: ['old-embargoed'] }),
    fixtureRelease('renamed', 'en', '2025-05-01T00:00:00Z', { formerSlugs: ['old-name'] }),
  ]);
  const facts = queryFacts(
    createQueries(
      () => data,
      () => now,
    ),
  );
  const exists = (url: string) => {
    const route = matchRoute(url);
    return route !== undefined && routeExists(facts, route);
  };

  it('answers for public releases only, in English where a language lacks one', () => {
    expect(
      [
        '/en/releases/lifted',
        '/fr/releases/lifted',
        '/de/press-kits/lifted.zip',
        '/media/lifted/g.jpg',
        '/en/releases/old-name',
        '/en/releases/year/2025',
      ].filter((u) => !exists(u)),
    ).toEqual([]);
    expect(
      [
        '/en/releases/embargoed',
        '/en/releases/old-embargoed',
        '/fr/press-kits/lifted.zip',
        '/media/embargoed/hero.jpg',
        '/en/og/releases/embargoed.png',
        '/en/releases/year/2024',
      ].filter(exists),
    ).toEqual([]);
  });
});
