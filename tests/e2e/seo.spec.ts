import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { z } from 'zod';
import { pageFileLocale, releaseFileLocale } from '../../lib/content/file-names';
import { baseURL } from '../../playwright.config';
import { everywhereSlug, languageTag, locales, messages, partlyTranslatedSlug } from '../support/site';

/**
 * Discovery: structured data, sitemaps, robots.txt, hreflang and Open Graph images. Expected URLs are derived here
 * from contentlayer's generated index and the URL map, never read back from the site.
 */

const generated = z.object({
  publishedAt: z.string().optional(),
  draft: z.boolean().optional(),
  _raw: z.object({ sourceFileDir: z.string(), sourceFileName: z.string() }),
});
const readIndex = (type: 'Release' | 'Page') =>
  z.array(generated).parse(JSON.parse(readFileSync(`.contentlayer/generated/${type}/_index.json`, 'utf8')));
const localeOf = (type: 'Release' | 'Page', doc: z.infer<typeof generated>) => {
  const locale = (type === 'Release' ? releaseFileLocale : pageFileLocale)(doc._raw.sourceFileName);
  if (!locale) throw new Error(`${doc._raw.sourceFileDir}/${doc._raw.sourceFileName} is not named after a locale`);
  return locale;
};

/** Every public page the URL map promises, from the content (release translations, brand pages) and the locales. */
function expectedUrls(): { present: string[]; absent: string[] } {
  const now = Date.now();
  const present = locales.flatMap((l) => [
    `/${l}`,
    `/${l}/releases`,
    `/${l}/contacts`,
    `/${l}/media`,
    `/${l}/search`,
    `/${l}/subscribe`,
  ]);
  const absent: string[] = [];
  for (const doc of readIndex('Release')) {
    const slug = path.basename(doc._raw.sourceFileDir).replace(/^\d{4}-\d{2}-\d{2}-/, '');
    const url = `/${localeOf('Release', doc)}/releases/${slug}`;
    const isPublic = doc.draft !== true && Date.parse(doc.publishedAt ?? '') <= now;
    (isPublic ? present : absent).push(url);
  }
  for (const doc of readIndex('Page'))
    present.push(`/${localeOf('Page', doc)}/${doc._raw.sourceFileDir.replace(/^pages\//, '')}`);
  return { present, absent };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name),
});
const urlEntry = z.object({
  loc: z.string(),
  'xhtml:link': z.array(z.object({ '@hreflang': z.string(), '@href': z.string() })).default([]),
});
const urlset = z.object({ urlset: z.object({ url: z.array(urlEntry).default([]) }) });

async function sitemap(request: APIRequestContext, file = '/sitemap.xml') {
  const response = await request.get(file);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/xml; charset=utf-8');
  return urlset.parse(xml.parse(await response.text())).urlset.url;
}

async function jsonLd(page: Page): Promise<unknown[]> {
  return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** hreflang → absolute URL, from a page's head (in the HTML as served: no need to wait for images and scripts). */
async function hreflangs(page: Page, url: string): Promise<Record<string, string>> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const links = page.locator('head link[rel="alternate"][hreflang]');
  const entries = await links.evaluateAll((els) =>
    els.map((el) => [el.getAttribute('hreflang') ?? '', el.getAttribute('href') ?? '']),
  );
  return Object.fromEntries(entries);
}

test.describe('structured data', () => {
  test('a release is a NewsArticle with dates, dateline, language, three crops and its publisher', async ({
    page,
    request,
  }) => {
    for (const locale of ['en', 'zh', 'ar'] as const) {
      await page.goto(`/${locale}/releases/${everywhereSlug}`);
      const article = z
        .object({
          '@type': z.literal('NewsArticle'),
          headline: z.string(),
          description: z.string(),
          datePublished: z.string(),
          dateModified: z.string(),
          dateline: z.string(),
          inLanguage: z.string(),
          image: z.array(z.string()),
          mainEntityOfPage: z.object({ '@id': z.string() }),
          author: z.object({ '@type': z.literal('Organization'), name: z.literal('smart') }),
          publisher: z.object({
            '@type': z.literal('Organization'),
            name: z.literal('smart'),
            url: z.string(),
            logo: z.object({ url: z.string() }),
          }),
        })
        .parse(
          (await jsonLd(page)).find((item) => z.object({ '@type': z.literal('NewsArticle') }).safeParse(item).success),
        );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline);
      expect(article.inLanguage).toBe(languageTag[locale]);
      expect(Date.parse(article.datePublished)).not.toBeNaN();
      expect(Date.parse(article.dateModified)).toBeGreaterThanOrEqual(Date.parse(article.datePublished));
      await expect(page.locator('[data-dateline]')).toContainText(article.dateline, { ignoreCase: true });
      expect(article.mainEntityOfPage['@id']).toBe(`${baseURL}/${locale}/releases/${everywhereSlug}`);

      expect(article.image).toHaveLength(3);
      const ratios = [];
      for (const url of article.image) {
        const response = await request.get(url);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toMatch(/^image\//);
        const { width = 0, height = 0 } = await sharp(await response.body()).metadata();
        expect(width * height).toBeGreaterThanOrEqual(50_000);
        ratios.push(width / height);
      }
      expect(ratios).toEqual([1, 4 / 3, 16 / 9]);

      const logo = await request.get(article.publisher.logo.url);
      expect(logo.status()).toBe(200);
      expect(logo.headers()['content-type']).toBe('image/png');
      expect(pngSize(await logo.body())).toEqual({ width: 512, height: 512 });
    }
  });

  test('the home page names the organization; nested pages and releases carry a BreadcrumbList', async ({ page }) => {
    await page.goto('/de');
    expect(await jsonLd(page)).toContainEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'smart',
      url: baseURL,
      logo: { '@type': 'ImageObject', url: `${baseURL}/logo.png` },
    });

    const crumbs = z.object({
      '@type': z.literal('BreadcrumbList'),
      itemListElement: z.array(z.object({ position: z.number(), name: z.string(), item: z.string() })),
    });
    await page.goto('/fr/about/history');
    const trail = crumbs.parse((await jsonLd(page)).find((item) => crumbs.safeParse(item).success));
    const visible = page.getByRole('navigation', { name: messages('fr').nav.breadcrumb }).getByRole('link');
    const links = await visible.evaluateAll((els) =>
      els.map((el) => [el.textContent?.trim() ?? '', el.getAttribute('href') ?? '']),
    );
    expect(links).toHaveLength(3);
    expect(trail.itemListElement.map((i) => [i.name, i.item])).toEqual(
      links.map(([name, href]) => [name, `${baseURL}${href}`]),
    );
    expect(trail.itemListElement.map((i) => i.position)).toEqual([1, 2, 3]);

    await page.goto(`/en/releases/${everywhereSlug}`);
    const releaseTrail = crumbs.parse((await jsonLd(page)).find((item) => crumbs.safeParse(item).success));
    expect(releaseTrail.itemListElement.map((i) => i.item)).toEqual([
      `${baseURL}/en`,
      `${baseURL}/en/releases`,
      `${baseURL}/en/releases/${everywhereSlug}`,
    ]);
    expect(releaseTrail.itemListElement[2]?.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  });
});

test.describe('sitemaps and robots.txt', () => {
  test('the sitemap lists every public page, nothing else, and every URL answers 200', async ({ request }) => {
    test.setTimeout(120_000);
    const entries = await sitemap(request);
    const listed = entries.map((e) => e.loc.replace(baseURL, ''));
    const { present, absent } = expectedUrls();
    expect(listed.filter((u) => !u.startsWith('/'))).toEqual([]);
    expect(present.filter((u) => !listed.includes(u))).toEqual([]);
    expect(listed.filter((u) => absent.includes(u))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
    for (const url of listed) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(200);
    }
    // Small scale: /sitemap.xml is the one file; /sitemaps/1.xml holds the same URLs, and there is no second file.
    expect((await sitemap(request, '/sitemaps/1.xml')).map((e) => e.loc)).toEqual(entries.map((e) => e.loc));
    expect((await request.get('/sitemaps/2.xml')).status()).toBe(404);
  });

  test('hreflang alternates are reciprocal and the sitemap says the same as the page heads', async ({
    page,
    request,
  }) => {
    // About twenty pages, each loaded in full: a budget for the walk, not for one page.
    test.setTimeout(90_000);
    const entries = await sitemap(request);
    for (const start of [
      `/en/releases/${partlyTranslatedSlug}`,
      `/ar/releases/${everywhereSlug}`,
      '/en/about/history',
    ]) {
      const own = await hreflangs(page, start);
      // x-default is the English original, the version every other language falls back to.
      expect(own['x-default']).toBe(`${baseURL}${start.replace(/^\/[a-z]{2}\//, '/en/')}`);
      expect(Object.values(own)).toContain(`${baseURL}${start}`);
      for (const [lang, href] of Object.entries(own)) {
        if (lang === 'x-default') continue;
        expect(await hreflangs(page, href), `${href} links back`).toEqual(own);
        const entry = entries.find((e) => e.loc === href);
        expect(Object.fromEntries((entry?.['xhtml:link'] ?? []).map((l) => [l['@hreflang'], l['@href']]))).toEqual(own);
      }
    }
    expect(Object.keys(await hreflangs(page, `/en/releases/${partlyTranslatedSlug}`)).sort()).toEqual([
      'de',
      'en',
      'x-default',
      'zh-Hans',
    ]);
  });

  test('the news sitemap lists exactly the releases of the last two days', async ({ request }) => {
    const response = await request.get('/news-sitemap.xml');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const since = Date.now() - 2 * 24 * 3600 * 1000;
    const recent = readIndex('Release').filter(
      (d) =>
        d.draft !== true && Date.parse(d.publishedAt ?? '') > since && Date.parse(d.publishedAt ?? '') <= Date.now(),
    );
    expect(urlset.parse(xml.parse(text)).urlset.url).toHaveLength(recent.length);
  });

  test('robots.txt allows everything and names both sitemaps with absolute URLs', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/User-Agent: \*\nAllow: \//);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(text).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
  });
});

test.describe('Open Graph images', () => {
  test('releases in Latin, Chinese and Arabic and brand pages get a 1200×630 PNG, named in the head', async ({
    page,
    request,
  }) => {
    for (const url of [
      `/en/releases/${everywhereSlug}`,
      `/zh/releases/${everywhereSlug}`,
      `/ar/releases/${everywhereSlug}`,
      '/ar/about/history',
      '/de/brand',
    ]) {
      await page.goto(url);
      const image = await page.locator('head meta[property="og:image"]').getAttribute('content');
      await expect(page.locator('head meta[name="twitter:image"]')).toHaveAttribute('content', image ?? 'missing');
      await expect(page.locator('head meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
      await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      expect(image).toMatch(new RegExp(`^${baseURL}/[a-z]{2}/og/.+\\.png$`));
      const response = await request.get(image ?? '');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
  });

  test('nothing that is not public gets an image or a crop', async ({ request }) => {
    for (const url of [
      '/en/og/releases/no-such-release.png',
      `/es/og/releases/${partlyTranslatedSlug}.png`,
      '/en/og/about/nope.png',
      '/en/og/releases.png',
    ]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      expect(response.headers()['content-type']).not.toBe('image/png');
    }
    for (const url of [
      '/media/no-such-release/hero.jpg/16x9',
      `/media/${everywhereSlug}/nope.jpg/16x9`,
      `/media/${everywhereSlug}/hero.jpg/2x1`,
    ]) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  });
});

test('every page names raster icons that exist in the sizes its head states, and no SVG icon', async ({
  page,
  request,
}) => {
  // An SVG icon is a document of its own that Chromium lays out on the page's main thread after the first paint
  // (scripts/make-logo.tsx); the icons are PNG, and the ICO holds PNGs.
  for (const url of ['/en', `/ar/releases/${everywhereSlug}`, '/zh/about/history']) {
    await page.goto(url);
    const links = await page
      .locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
      .evaluateAll((elements) =>
        elements.map((link) => ({
          rel: link.getAttribute('rel'),
          href: (link as HTMLLinkElement).href,
          type: link.getAttribute('type'),
          sizes: link.getAttribute('sizes'),
        })),
      );
    expect(links.map((link) => link.rel).sort(), url).toEqual(['apple-touch-icon', 'icon', 'icon']);
    for (const link of links) {
      expect(link.type, link.href).not.toBe('image/svg+xml');
      const response = await request.get(link.href);
      expect(response.status(), link.href).toBe(200);
      const body = await response.body();
      // An ICO's directory, then the PNGs it names; a PNG as it is.
      const pngs = link.href.includes('.ico')
        ? Array.from({ length: body.readUInt16LE(4) }, (_, i) =>
            body.subarray(
              body.readUInt32LE(6 + 16 * i + 12),
              body.readUInt32LE(6 + 16 * i + 12) + body.readUInt32LE(6 + 16 * i + 8),
            ),
          )
        : [body];
      const sizes = pngs.map((png) => pngSize(png)).map(({ width, height }) => `${width}x${height}`);
      expect(link.sizes?.split(' '), link.href).toEqual(expect.arrayContaining([sizes.at(-1)]));
      for (const png of pngs) expect((await sharp(png).metadata()).format).toBe('png');
    }
  }
});
