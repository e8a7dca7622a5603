import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fixtureRelease } from '@/tests/support/release-data';
import { createQueries } from '@/lib/content/queries';
import type { ContentData, Page } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/locales';
import {
  chunkEntries,
  newestChange,
  sitemapEntries,
  sitemapIndexXml,
  urlsetXml,
  type SitemapSource,
} from '@/lib/seo/sitemap';

const release = fixtureRelease;

const page = (path: string, locale: Locale): Page => ({
  path,
  locale,
  title: `${path} ${locale}`,
  description: 'd',
  order: 0,
  nav: 'main',
  keyFigures: false,
  bodyHtml: '',
});

const data: ContentData = {
  releases: [
    release('old', 'en', '2024-03-01T10:00:00Z', { topics: ['markets'] }),
    release('old', 'de', '2024-03-01T10:00:00Z', { topics: ['markets'] }),
    release('new', 'en', '2025-06-01T10:00:00Z', { models: ['smart-5'], updatedAt: '2025-06-03T08:00:00Z' }),
    release('new', 'zh', '2025-06-01T10:00:00Z', { models: ['smart-5'] }),
    release('draft', 'en', '2025-01-01T10:00:00Z', { draft: true }),
    release('embargoed', 'en', '2025-07-01T10:00:00Z'),
    release('embargoed', 'ar', '2025-07-01T10:00:00Z'),
  ],
  pages: [page('about', 'en'), page('about', 'fr'), page('about/history', 'en')],
  snippets: [],
  contacts: [],
  figures: [],
};

const site = 'https://newsroom.example';
const now = new Date('2025-06-15T00:00:00Z');
const source = (
  at = now,
  sectionExists: SitemapSource['sectionExists'] = (_l, s) => s === 'contacts',
): SitemapSource => ({
  ...createQueries(
    () => data,
    () => at,
  ),
  sectionExists,
});
const urls = (at = now) => sitemapEntries(source(at), site, at).map((e) => e.url.slice(site.length));

describe('sitemapEntries', () => {
  it('lists home, archive, public release translations, brand pages and sections in every language they exist in', () => {
    const list = urls();
    expect(list).toEqual(
      expect.arrayContaining([
        '/en',
        '/ar',
        '/de/releases',
        '/zh/releases/new',
        '/en/releases/old',
        '/de/releases/old',
        '/fr/about',
        '/en/about/history',
        '/es/contacts',
      ]),
    );
    expect(new Set(list).size).toBe(list.length);
  });

  it('never lists drafts, embargoed releases or untranslated release URLs (they show the English original, which is canonical)', () => {
    const list = urls();
    expect(list.filter((u) => /draft|embargoed/.test(u))).toEqual([]);
    expect(list).not.toContain('/de/releases/new');
    expect(list).not.toContain('/de/about');
    expect(list.filter((u) => u.includes('/search'))).toEqual([]);
  });

  it('lists an embargoed release from its publishedAt instant on', () => {
    const later = new Date('2025-07-01T10:00:00Z');
    expect(urls(later)).toEqual(expect.arrayContaining(['/en/releases/embargoed', '/ar/releases/embargoed']));
  });

  it('lists only archive filters that have releases, with their pages', () => {
    const list = urls();
    expect(list).toEqual(
      expect.arrayContaining([
        '/en/releases/topic/markets',
        '/fr/releases/model/smart-5',
        '/en/releases/year/2024',
        '/en/releases/year/2025',
      ]),
    );
    expect(list).not.toContain('/en/releases/topic/brand');
    expect(list).not.toContain('/en/releases/year/2023');
    expect(list.filter((u) => u.includes('/page/'))).toEqual([]);
  });

  it('lists the sections the route map (lib/routing) answers, and the media library with its filter pages when it exists', () => {
    const without = urls();
    expect(without.filter((u) => /\/(media|search|subscribe)/.test(u))).toEqual([]);
    const withMedia = sitemapEntries(
      source(now, (_l, s) => s === 'media' || s === 'search'),
      site,
      now,
    ).map((e) => e.url.slice(site.length));
    expect(withMedia).toEqual(
      expect.arrayContaining([
        '/en/media',
        '/ar/media',
        '/de/media/model/smart-5',
        '/fr/media/topic/markets',
        '/zh/search',
      ]),
    );
    expect(withMedia).not.toContain('/en/media/topic/brand');
    expect(withMedia).not.toContain('/en/contacts');
  });

  it('gives every entry hreflang alternates for exactly its translations plus x-default', () => {
    const entries = sitemapEntries(source(), site, now);
    const zh = entries.find((e) => e.url === `${site}/zh/releases/new`);
    expect(zh?.languages).toEqual({
      en: `${site}/en/releases/new`,
      'zh-Hans': `${site}/zh/releases/new`,
      'x-default': `${site}/en/releases/new`,
    });
    expect(zh?.lastModified).toBe('2025-06-01T10:00:00Z');
    expect(entries.find((e) => e.url === `${site}/en/releases/new`)?.lastModified).toBe('2025-06-03T08:00:00Z');
    const about = entries.find((e) => e.url === `${site}/fr/about`);
    expect(Object.keys(about?.languages ?? {})).toEqual(['en', 'fr', 'x-default']);
    const home = entries.find((e) => e.url === `${site}/de`);
    expect(Object.keys(home?.languages ?? {})).toEqual(['en', 'de', 'fr', 'es', 'zh-Hans', 'ar', 'x-default']);
  });

  it('pages the archive in the sitemap as the site does (ten per page)', () => {
    const many: ContentData = {
      ...data,
      releases: Array.from({ length: 21 }, (_, i) =>
        release(`r${i}`, 'en', `2025-0${1 + (i % 5)}-0${1 + (i % 9)}T10:00:00Z`),
      ),
    };
    const list = sitemapEntries(
      {
        ...createQueries(
          () => many,
          () => now,
        ),
        sectionExists: () => false,
      },
      site,
      now,
    ).map((e) => e.url.slice(site.length));
    expect(list).toEqual(expect.arrayContaining(['/en/releases/page/2', '/en/releases/page/3', '/ar/releases/page/3']));
    expect(list).not.toContain('/en/releases/page/4');
  });
});

describe('sitemap files', () => {
  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name),
  });

  it('splits into files of at most the limit, and the index names each with its newest change', () => {
    // r3 is the newest of the first file, r13 of the second; r14, alone in the third, has no date.
    const fifteen = Array.from({ length: 15 }, (_, i) => ({
      url: `${site}/en/r${i}`,
      lastModified:
        i === 14 ? undefined : i === 3 ? '2025-03-01T00:00:00Z' : `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
      languages: {},
    }));
    const chunks = chunkEntries(fifteen, 7);
    expect(chunks.map((chunk) => chunk.map((e) => e.url.slice(`${site}/en/`.length)))).toEqual([
      ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6'],
      ['r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13'],
      ['r14'],
    ]);
    expect(chunkEntries([], 7)).toEqual([[]]);
    const index = xml.parse(
      sitemapIndexXml(chunks.map((c, i) => ({ url: `${site}/sitemaps/${i + 1}.xml`, lastModified: newestChange(c) }))),
    );
    expect(index.sitemapindex.sitemap).toEqual([
      { loc: `${site}/sitemaps/1.xml`, lastmod: '2025-03-01T00:00:00.000Z' },
      { loc: `${site}/sitemaps/2.xml`, lastmod: '2025-01-14T00:00:00.000Z' },
      { loc: `${site}/sitemaps/3.xml` },
    ]);
    const entries = sitemapEntries(source(), site, now);
    expect(chunkEntries(entries, 7).flat()).toEqual(entries);
    expect(newestChange(entries)).toBe('2025-06-03T08:00:00Z');
  });

  it('writes a urlset with escaped locations and xhtml:link alternates', () => {
    const text = urlsetXml([
      {
        url: `${site}/en/a?b=1&c=2`,
        lastModified: '2025-06-01T12:00:00+02:00',
        languages: { en: `${site}/en/a`, 'x-default': `${site}/en/a` },
      },
    ]);
    expect(text).toContain('<loc>https://newsroom.example/en/a?b=1&amp;c=2</loc>');
    const parsed = xml.parse(text);
    expect(parsed.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.urlset.url[0].lastmod).toBe('2025-06-01T10:00:00.000Z');
    expect(parsed.urlset.url[0]['xhtml:link'].map((l: Record<string, string>) => l['@hreflang'])).toEqual([
      'en',
      'x-default',
    ]);
    expect(urlsetXml([])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n</urlset>\n',
    );
  });
});
