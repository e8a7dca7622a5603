import { describe, expect, it } from 'vitest';
import { fixtureData, fixturePage, queriesAt } from '@/tests/support/release-data';

const data = fixtureData([], {
  pages: [
    fixturePage('about', 'en', { nav: 'main' }),
    fixturePage('about', 'de', { nav: 'main' }),
    fixturePage('about/history', 'en'),
    fixturePage('about/history/founding', 'en'),
    fixturePage('about/history/founding', 'de'),
    fixturePage('careers', 'de', { nav: 'main' }),
  ],
  contacts: [
    {
      id: 'europe-desk',
      name: { en: 'Europe press desk', de: 'Pressestelle Europa' },
      role: { en: 'Communications Europe' },
      region: 'europe',
      email: 'europe@example.com',
      phone: '+49 30 1234 5678',
      languages: ['en', 'de'],
    },
    {
      id: 'global-desk',
      name: { en: 'Global press desk' },
      role: { en: 'Global communications', de: 'Globale Kommunikation' },
      region: 'global',
      email: 'global@example.com',
      phone: '+86 21 5555 0100',
      languages: ['en', 'zh'],
    },
  ],
});

const queries = () => queriesAt(data, new Date('2025-06-15T00:00:00Z'));

describe('brand page queries', () => {
  it('name each brand page once, and per language the ones its readers can open (English where untranslated)', () => {
    expect(queries().pagePaths()).toEqual(['about', 'about/history', 'about/history/founding', 'careers']);
    expect(queries().pagePathsIn('de')).toEqual(['about', 'about/history', 'about/history/founding', 'careers']);
    expect(queries().pagePathsIn('fr')).toEqual(['about', 'about/history', 'about/history/founding']);
  });

  it("give the trail from the top of a section down to the page, each in the reader's language or English", () => {
    expect(
      queries()
        .pageTrail('de', 'about/history/founding')
        .map((page) => [page.path, page.locale]),
    ).toEqual([
      ['about', 'de'],
      ['about/history', 'en'],
      ['about/history/founding', 'de'],
    ]);
    expect(queries().pageTrail('en', 'careers')).toEqual([]);
  });
});

describe('contact queries', () => {
  it("give each desk's name and role in the reader's language, English where a translation is missing", () => {
    const [europe, global] = queries().contacts('de');
    expect([europe?.name, europe?.role]).toEqual(['Pressestelle Europa', 'Communications Europe']);
    expect([global?.name, global?.role]).toEqual(['Global press desk', 'Globale Kommunikation']);
    expect(
      queries()
        .contacts('ar')
        .map((c) => c.name),
    ).toEqual(['Europe press desk', 'Global press desk']);
  });

  it('return the desks a release names in its order, skipping unknown ids', () => {
    expect(
      queries()
        .contacts('en', ['global-desk', 'nobody', 'europe-desk'])
        .map((c) => c.id),
    ).toEqual(['global-desk', 'europe-desk']);
  });

  it("group the contacts page by region in the taxonomy's order, leaving out regions without a desk", () => {
    expect(
      queries()
        .contactsByRegion('en')
        .map(({ region, contacts }) => [region, contacts.map((c) => c.id)]),
    ).toEqual([
      ['global', ['global-desk']],
      ['europe', ['europe-desk']],
    ]);
  });
});
