import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { releaseFileLocale } from '../../lib/content/file-names';
import { deliveredSize } from '../support/sample-releases';
import { locales, messages, type Locale } from '../support/site';

/**
 * The feeds against the content itself: the expected entries are computed here from contentlayer's generated
 * index (drafts and embargoed releases left out, English where a locale has no translation), never read from
 * the site, and every format is parsed with an independent parser.
 */

const formats = ['rss', 'atom', 'json'] as const;
type Format = (typeof formats)[number];
const contentTypes: Record<Format, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const generatedRelease = z.object({
  title: z.string(),
  publishedAt: z.string(),
  draft: z.boolean().optional(),
  topics: z.array(z.string()),
  hero: z.object({ file: z.string() }),
  videos: z.array(z.object({ small: z.string() })).default([]),
  body: z.object({ raw: z.string() }),
  _raw: z.object({ sourceFileDir: z.string(), sourceFileName: z.string() }),
});
type Doc = z.infer<typeof generatedRelease> & { slug: string; folder: string; locale: string };

function readReleases(): Doc[] {
  const index = z
    .array(generatedRelease)
    .parse(JSON.parse(readFileSync('.contentlayer/generated/Release/_index.json', 'utf8')));
  return index.map((doc) => {
    const folder = path.basename(doc._raw.sourceFileDir);
    const slug = folder.match(/^\d{4}-\d{2}-\d{2}-(.+)$/)?.[1];
    if (!slug) throw new Error(`unexpected release folder ${folder}`);
    const locale = releaseFileLocale(doc._raw.sourceFileName);
    if (!locale) throw new Error(`unexpected release file ${doc._raw.sourceFileName}`);
    return { ...doc, folder, slug, locale };
  });
}

/** What a locale's feed must list: per slug its public translation, else the public English one, newest first. */
function expectedEntries(locale: Locale, topic?: string): Doc[] {
  const now = Date.now();
  const isPublic = (doc: Doc) => doc.draft !== true && Date.parse(doc.publishedAt) <= now;
  const releases = readReleases().filter(isPublic);
  const slugs = [...new Set(releases.map((r) => r.slug))];
  return slugs
    .flatMap(
      (slug) =>
        releases.find((r) => r.slug === slug && r.locale === locale) ??
        releases.find((r) => r.slug === slug && r.locale === 'en') ??
        [],
    )
    .filter((doc) => topic === undefined || doc.topics.includes(topic))
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, 50);
}

/** A plain sentence of the release's Markdown (a paragraph line without Markdown syntax), as it appears in HTML. */
function sentenceOf(markdown: string): string {
  const line = markdown
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 20 && !/^([#>|\-*+]|\d+\.)/.test(l) && !/[[\]*_`<>&\\]/.test(l));
  const sentence = line?.split(/(?<=[.!?。！？])\s*/)[0]?.trim();
  if (!sentence) throw new Error(`no plain sentence in:\n${markdown.slice(0, 200)}`);
  return sentence;
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

type FeedItem = {
  link: string;
  title: string;
  html: string;
  enclosures: { url: string; type: string; length: number }[];
  categories: string[];
};

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  jPath: true,
  isArray: (name, jpath) => ['item', 'entry', 'category'].includes(name) || jpath === 'feed.entry.link',
});

const rssSchema = z.object({
  rss: z.object({
    channel: z.object({
      item: z
        .array(
          z.object({
            title: z.string(),
            link: z.string(),
            'content:encoded': z.string(),
            enclosure: z.object({ '@url': z.string(), '@type': z.string(), '@length': z.coerce.number() }),
            category: z.array(z.object({ '#text': z.string() })),
          }),
        )
        .default([]),
    }),
  }),
});

const atomSchema = z.object({
  feed: z.object({
    entry: z
      .array(
        z.object({
          title: z.object({ '#text': z.string() }),
          link: z.array(
            z.object({
              '@href': z.string(),
              '@rel': z.string().optional(),
              '@type': z.string().optional(),
              '@length': z.coerce.number().optional(),
            }),
          ),
          content: z.object({ '#text': z.string() }),
          category: z.array(z.object({ '@term': z.string() })),
        }),
      )
      .default([]),
  }),
});

const jsonSchema = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  language: z.string(),
  items: z.array(
    z.object({
      url: z.string(),
      title: z.string(),
      content_html: z.string(),
      image: z.string(),
      tags: z.array(z.string()),
      attachments: z.array(z.object({ url: z.string(), mime_type: z.string(), size_in_bytes: z.number() })),
    }),
  ),
});

/** Fetches a feed, checks status and content type, and returns its items in one shape for every format. */
async function fetchFeed(request: APIRequestContext, url: string, format: Format): Promise<FeedItem[]> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toBe(contentTypes[format]);
  const body = await response.text();
  if (format === 'rss') {
    return rssSchema.parse(xml.parse(body)).rss.channel.item.map((item) => ({
      link: item.link,
      title: item.title,
      html: item['content:encoded'],
      enclosures: [{ url: item.enclosure['@url'], type: item.enclosure['@type'], length: item.enclosure['@length'] }],
      categories: item.category.map((c) => c['#text']),
    }));
  }
  if (format === 'atom') {
    return atomSchema.parse(xml.parse(body)).feed.entry.map((entry) => ({
      link: entry.link.find((l) => l['@rel'] === undefined || l['@rel'] === 'alternate')?.['@href'] ?? '',
      title: entry.title['#text'],
      html: entry.content['#text'],
      categories: entry.category.map((c) => c['@term']),
      enclosures: entry.link
        .filter((l) => l['@rel'] === 'enclosure')
        .map((l) => ({ url: l['@href'], type: l['@type'] ?? '', length: l['@length'] ?? 0 })),
    }));
  }
  return jsonSchema.parse(JSON.parse(body)).items.map((item) => ({
    link: item.url,
    title: item.title,
    html: item.content_html,
    categories: item.tags,
    enclosures: item.attachments.map((a) => ({ url: a.url, type: a.mime_type, length: a.size_in_bytes })),
  }));
}

for (const locale of locales) {
  for (const format of formats) {
    test(`the ${format} feed of ${locale} lists its public releases newest first, in full`, async ({
      request,
      baseURL,
    }) => {
      const expected = expectedEntries(locale);
      expect(expected.length).toBeGreaterThan(0);
      const items = await fetchFeed(request, `/${locale}/feeds/releases.${format}`, format);
      expect(items.map((i) => i.link)).toEqual(expected.map((doc) => `${baseURL}/${doc.locale}/releases/${doc.slug}`));
      expect(items.map((i) => i.title)).toEqual(expected.map((doc) => doc.title));
      for (const [index, doc] of expected.entries()) {
        const item = items[index];
        expect(textOf(item?.html ?? ''), `${doc.locale}/${doc.slug}`).toContain(sentenceOf(doc.body.raw));
        const hero = {
          url: `${baseURL}/media/${doc.slug}/${doc.hero.file}`,
          type: 'image/jpeg',
          length: await deliveredSize(request, doc.slug, doc.hero.file),
        };
        const film = doc.videos[0]?.small;
        const video = film && {
          url: `${baseURL}/media/${doc.slug}/${film}`,
          type: 'video/mp4',
          length: await deliveredSize(request, doc.slug, film),
        };
        // RSS has one enclosure, the video where there is one; Atom and JSON Feed carry both.
        expect(item?.enclosures, `${doc.locale}/${doc.slug}`).toEqual(
          format === 'rss' ? [video || hero] : [hero, ...(video ? [video] : [])],
        );
      }
    });
  }
}

test('feeds may be cached for a minute, not longer', async ({ request }) => {
  const response = await request.get('/en/feeds/releases.rss');
  expect(response.headers()['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300');
});

test('a topic feed lists only that topic, labelled in the feed language', async ({ request, baseURL }) => {
  const expected = expectedEntries('en', 'partnerships');
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(expectedEntries('en').length);
  const items = await fetchFeed(request, '/en/feeds/partnerships.rss', 'rss');
  expect(items.map((i) => i.link)).toEqual(expected.map((doc) => `${baseURL}/${doc.locale}/releases/${doc.slug}`));
  for (const item of items) expect(item.categories, item.link).toContain(messages('en').topics.partnerships);
  const de = await fetchFeed(request, '/de/feeds/partnerships.atom', 'atom');
  expect(de.length).toBe(expectedEntries('de', 'partnerships').length);
  for (const item of de) expect(item.categories, item.link).toContain('partnerships');
});

test('unknown feeds answer 404', async ({ request }) => {
  for (const url of ['/en/feeds/nope.rss', '/en/feeds/releases.xml', '/xx/feeds/releases.rss']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
  }
});

for (const [locale, url] of [
  ['en', '/en'],
  ['ar', '/ar/releases'],
] as const) {
  test(`${url} announces the ${locale} feeds in its head`, async ({ page, baseURL }) => {
    await page.goto(url);
    for (const format of formats) {
      const link = page.locator(`head link[rel="alternate"][type="${contentTypes[format].split(';')[0]}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute('href', `${baseURL}/${locale}/feeds/releases.${format}`);
      await expect(link).toHaveAttribute('title', messages(locale).meta.feedTitle);
    }
  });
}

for (const [locale, url, feed] of [
  ['en', '/en/releases', '/en/feeds/releases'],
  ['ar', '/ar/releases', '/ar/feeds/releases'],
  ['en', '/en/releases/topic/partnerships', '/en/feeds/partnerships'],
] as const) {
  test(`${url} offers its feeds as visible links`, async ({ page, request }) => {
    await page.goto(url);
    const rss = page.getByRole('link', { name: messages(locale).releases.subscribeRss, exact: true });
    await expect(rss).toBeVisible();
    await expect(rss).toHaveAttribute('href', `${feed}.rss`);
    await expect(page.getByRole('link', { name: 'Atom', exact: true })).toHaveAttribute('href', `${feed}.atom`);
    await expect(page.getByRole('link', { name: 'JSON Feed', exact: true })).toHaveAttribute('href', `${feed}.json`);
    const response = await request.get(`${feed}.rss`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(contentTypes.rss);
  });
}
