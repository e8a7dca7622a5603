import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEditorial, parseReleases } from '@/lib/content/check/editorial';
import { createQueries } from '@/lib/content/queries';
import { scanContent } from '@/lib/content/check/validate';
import { linkFacts, sitePathProblem } from '@/lib/content/check/link-facts';
import {
  archivePath,
  feedPath,
  matchRoute,
  mediaCropPath,
  mediaLibraryPath,
  mediaPath,
  newsSitemapPath,
  pageOgImagePath,
  pressKitPath,
  recentSearchPath,
  releaseOgImagePath,
  releasePath,
  routeExists,
  sitemapChunkPath,
  subscribeResultPath,
  subscribeTokenPath,
  vcardPath,
} from '@/lib/routing';
import { queryFacts } from '@/lib/routing/live';
import { fixtureData, fixtureImage, fixtureRelease } from '@/tests/support/release-data';

/** One route map (lib/routing) for the server and the content check: what a path names, then whether it exists. */
describe('matchRoute', () => {
  it('names what every URL builder builds', () => {
    const built: [string, string][] = [
      [archivePath('de', { topic: 'products', year: 2025 }, 2), 'archive'],
      [releasePath('fr', 'first-half-2025'), 'release'],
      [mediaLibraryPath('zh', { model: 'smart-5' }, 3), 'media-library'],
      [pressKitPath('ar', 'first-half-2025'), 'press-kit'],
      [feedPath('es', 'atom', 'brand'), 'feed'],
      [vcardPath('en', 'global-communications'), 'vcard'],
      [releaseOgImagePath('en', 'x'), 'og-image'],
      [pageOgImagePath('en', 'about/history'), 'og-image'],
      [recentSearchPath('zh'), 'recent-search'],
      [subscribeResultPath('de', 'sent'), 'subscribe'],
      [subscribeTokenPath('de', 'confirm', 'abc'), 'subscribe'],
      [mediaPath('x', 'hero.jpg'), 'media-file'],
      [mediaCropPath('x', 'hero.jpg', '16x9'), 'media-crop'],
      [sitemapChunkPath(2), 'sitemap-chunk'],
      [newsSitemapPath, 'root-file'],
      ['/_next/image?url=%2Fmedia%2Fx%2Fhero.jpg&w=640&q=75', 'image'],
      ['/_next/static/chunks/abc.js', 'build-asset'],
      ['/pagefind/pagefind.js', 'search-bundle'],
      ['/en/about/history', 'page'],
      ['/releases/x', 'unprefixed'],
    ];
    expect(built.map(([url]) => [url, matchRoute(url)?.kind])).toEqual(built);
  });

  it('reads locale, filter, page and file names from the path', () => {
    expect(matchRoute('/de/releases/model/smart-5/topic/products/page/2')).toEqual({
      kind: 'archive',
      locale: 'de',
      canonical: false,
      query: { filter: { model: 'smart-5', topic: 'products' }, page: 2 },
    });
    expect(matchRoute('/en/press-kits/first-half-2025.zip')).toEqual({
      kind: 'press-kit',
      locale: 'en',
      slug: 'first-half-2025',
    });
    expect(matchRoute('/_next/image?url=%2Fmedia%2Fa%2Fhero.jpg&w=64')).toEqual({
      kind: 'image',
      source: { kind: 'media-file', slug: 'a', file: 'hero.jpg' },
    });
  });

  it('refuses paths that name nothing, whatever the content', () => {
    for (const url of [
      '/en/releases/page/1',
      '/en/releases/topic/cars',
      '/en/releases/a/b',
      '/en/media/page/0',
      '/en/media/year/2025',
      '/media/a/b/5x5',
      '/media/a/../b',
      '/en/contacts/x.txt',
      '/en/press-kits/x.tar',
      '/en/feeds/cars.rss',
      '/en/og/releases/x.jpg',
      '/en/releases/a%2Fb',
      '/en/%E0%A4%A',
      '/en/About',
      '/_next/image?url=https%3A%2F%2Fexample.com%2Fa.jpg',
      '/_next/image?url=%2Fen%2Freleases',
      '/api/other',
      '/sitemaps/0.xml',
    ]) {
      expect(matchRoute(url), url).toBeUndefined();
    }
  });
});

describe('the link rule of the content check, over the real content', () => {
  const root = path.resolve('content');
  const scan = scanContent(root);
  const parsed = parseReleases(scan);
  const facts = linkFacts(scan, root, parsed);

  it('accepts every URL the site answers, including those it used to refuse', () => {
    const fine = [
      '/en/press-kits/first-half-2025.zip',
      '/ar/press-kits/first-half-2025.zip',
      '/en/media/page/2',
      '/en/media/topic/brand',
      '/de/media/model/smart-5',
      '/news-sitemap.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/en/feeds/partnerships.json',
      '/zh/og/releases/first-half-2025.png',
      '/en/og/about.png',
      '/media/first-half-2025/hero.jpg',
      '/media/first-half-2025/hero.jpg/16x9',
      '/en/contacts/global-communications.vcf',
      '/fr/search',
      '/es/subscribe',
      '/fr/releases/smart-5-ai-interaction',
      '/releases/first-half-2025',
      '/',
      '/en/releases/year/2025',
      '/en/releases/topic/products/model/smart-5',
    ];
    expect(fine.map((url) => [url, sitePathProblem(facts, url)])).toEqual(fine.map((url) => [url, undefined]));
  });

  it('refuses URLs that do not exist, with a suggestion', () => {
    const broken = [
      '/en/releases/first-half-2052',
      '/en/media/page/99',
      '/fr/press-kits/smart-5-ai-interaction.zip',
      '/en/contacts/nobody.vcf',
      '/media/first-half-2025/nope.jpg',
      '/en/releases/year/1999',
    ];
    for (const url of broken) expect(sitePathProblem(facts, url), url).toMatch(/does not exist/);
    expect(sitePathProblem(facts, '/en/releases/first-half-2052')).toContain(
      'Did you mean /en/releases/first-half-2025?',
    );
    expect(sitePathProblem(facts, '/en/releases/model/smart-5/topic/products')).toContain(
      'Did you mean /en/releases/topic/products/model/smart-5?',
    );
  });

  it('finds no broken link in the real content', async () => {
    expect((await checkEditorial(scan, root)).filter((f) => f.rule === 'link')).toEqual([]);
  });
});

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
