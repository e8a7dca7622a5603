import { describe, expect, it } from 'vitest';
import {
  archivePath,
  basketApiPath,
  basketPath,
  earlyFilePath,
  earlyPath,
  earlyPressKitFile,
  feedPath,
  matchRoute,
  mediaLibraryPath,
  mediaPath,
  newsSitemapPath,
  pageOgImagePath,
  pressKitPath,
  recentSearchPath,
  releaseOgImagePath,
  releasePath,
  renditionLatestPath,
  renditionPath,
  sitemapChunkPath,
  subscribeResultPath,
  subscribeTokenPath,
  vcardPath,
} from '@/lib/routing';

const token = `${'0'.repeat(32)}.${'A'.repeat(43)}`;

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
      [renditionPath('x', 'hero.jpg', '16x9', '0123456789'), 'media-rendition'],
      [renditionLatestPath('x', 'hero.jpg', 'web'), 'media-rendition'],
      [sitemapChunkPath(2), 'sitemap-chunk'],
      [basketPath('ar'), 'basket'],
      [basketApiPath('download'), 'basket-api'],
      [earlyPath('de', token), 'early-access'],
      [earlyFilePath(token, 'hero.jpg'), 'early-file'],
      [earlyFilePath(token, earlyPressKitFile('ar')), 'early-file'],
      [newsSitemapPath, 'root-file'],
      ['/_next/image?url=%2Fmedia%2Fx%2Fhero.jpg&w=640&q=75', 'image'],
      ['/_next/static/chunks/abc.js', 'build-asset'],
      ['/pagefind/pagefind.js', 'search-bundle'],
      ['/en/about/history', 'page'],
      ['/releases/x', 'unprefixed'],
    ];
    expect(built.map(([url]) => [url, matchRoute(url)?.kind])).toEqual(built);
  });

  it('knows an early-access link only by a token of the right shape', () => {
    expect(matchRoute(`/zh/early/${token}`)).toEqual({ kind: 'early-access', locale: 'zh', token });
    expect(matchRoute(`/early/${token}/fact-sheet.pdf`)).toEqual({ kind: 'early-file', token, file: 'fact-sheet.pdf' });
    for (const path of [
      `/zh/early/${token}x`,
      '/zh/early',
      `/zh/early/${token}/more`,
      `/early/${token}`,
      `/early/${token}/..`,
      `/early/x/hero.jpg`,
    ])
      expect(String(matchRoute(path)?.kind), path).not.toMatch(/^early/);
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
    expect(matchRoute('/media/a/hero.jpg/4x5.0123456789.jpg')).toEqual({
      kind: 'media-rendition',
      slug: 'a',
      file: 'hero.jpg',
      rendition: '4x5',
      version: '0123456789',
    });
    expect(matchRoute('/media/a/hero.jpg/16x9')).toEqual({
      kind: 'media-rendition',
      slug: 'a',
      file: 'hero.jpg',
      rendition: '16x9',
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
      '/media/a/b/web.jpg',
      '/media/a/b/web.01234567.jpg',
      '/media/a/b/1x1.ZZZZZZZZZZ.jpg',
      '/media/a/b/4x5.0123456789.png',
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
      '/api/basket/other',
      '/en/basket/x',
      '/sitemaps/0.xml',
    ]) {
      expect(matchRoute(url), url).toBeUndefined();
    }
  });
});
