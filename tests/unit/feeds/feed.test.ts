import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fixtureRelease } from '@/tests/support/release-data';
import { absoluteLinks, buildFeed, FEED_LIMIT, renderFeed, type FeedEntry, type FeedInput } from '@/lib/feeds/feed';
import type { Release } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/locales';

const image = { file: 'hero.jpg', alt: 'alt', caption: 'caption', credit: 'credit', usage: 'editorial' as const };

const release = (slug: string, locale: Locale, publishedAt: string, extra: Partial<Release> = {}): Release =>
  fixtureRelease(slug, locale, publishedAt, {
    summary: `summary of ${slug}`,
    hero: image,
    bodyHtml: `<p>Body of ${slug}.</p>`,
    bodyMarkdown: `Body of ${slug}.`,
    ...extra,
  });

const site = 'https://newsroom.example';
const labels = {
  corporate: 'Unternehmen',
  markets: 'Märkte',
  products: 'Produkte',
  technology: 'Technologie',
  partnerships: 'Partnerschaften',
  brand: 'Marke',
} as const;
const longBody =
  '<h2 id="more">More</h2><p>First paragraph with <a href="/de/releases/old">a link</a> and <strong>bold</strong> text.</p><p>Second paragraph, the last one.</p>';

/** Deliberately given oldest first: the feed must order them itself. */
const entries: FeedEntry[] = [
  {
    release: release('old', 'de', '2024-03-01T10:00:00+01:00', { topics: ['markets', 'partnerships'] }),
    heroBytes: 111,
  },
  {
    release: release('new', 'en', '2025-06-01T10:00:00+08:00', {
      bodyHtml: longBody,
      updatedAt: '2025-06-03T09:30:00+08:00',
    }),
    heroBytes: 222_333,
  },
  {
    release: release('middle', 'de', '2025-01-15T10:00:00+01:00', { hero: { ...image, file: 'hero.png' } }),
    heroBytes: 333,
  },
];

const input = (extra: Partial<FeedInput> = {}): FeedInput => ({
  siteUrl: site,
  locale: 'de',
  title: 'smart Newsroom: Pressemitteilungen',
  description: 'Beschreibung',
  topicLabel: (t) => labels[t],
  authorEmail: 'press@example.com',
  entries,
  ...extra,
});

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  jPath: true,
  isArray: (name, jpath) => ['item', 'entry', 'category'].includes(name) || jpath === 'feed.entry.link',
});
const json = (text: string): unknown => JSON.parse(text);

describe('buildFeed', () => {
  const feed = buildFeed(input());

  it('orders entries newest first and links them absolutely, English fallbacks at their English URL', () => {
    expect(feed.items.map((i) => i.link)).toEqual([
      `${site}/en/releases/new`,
      `${site}/de/releases/middle`,
      `${site}/de/releases/old`,
    ]);
    expect(feed.items.map((i) => i.id)).toEqual(feed.items.map((i) => i.link));
    expect(feed.items.map((i) => i.title)).toEqual(['new en', 'middle de', 'old de']);
  });

  it('describes the feed: title, language, links, copyright and the newest change as updated', () => {
    expect(feed.options).toMatchObject({
      title: 'smart Newsroom: Pressemitteilungen',
      description: 'Beschreibung',
      id: `${site}/de/releases`,
      link: `${site}/de/releases`,
      language: 'de',
      copyright: 'smart Automobile Co., Ltd.',
      feedLinks: {
        rss: `${site}/de/feeds/releases.rss`,
        atom: `${site}/de/feeds/releases.atom`,
        json: `${site}/de/feeds/releases.json`,
      },
    });
    expect(feed.options.updated?.toISOString()).toBe('2025-06-03T01:30:00.000Z');
    const topicFeed = buildFeed(input({ topic: 'markets' }));
    expect(topicFeed.options.link).toBe(`${site}/de/releases/topic/markets`);
    expect(topicFeed.options.feedLinks?.rss).toBe(`${site}/de/feeds/markets.rss`);
  });

  it('carries the full HTML body with root-relative links made absolute, and the summary as description', () => {
    const item = feed.items[0];
    expect(item?.description).toBe('summary of new');
    expect(item?.content).toBe(longBody.replace('href="/de/releases/old"', `href="${site}/de/releases/old"`));
  });

  it('dates each entry by its last change and its publication', () => {
    expect(feed.items.map((i) => i.date.toISOString())).toEqual([
      '2025-06-03T01:30:00.000Z',
      '2025-01-15T09:00:00.000Z',
      '2024-03-01T09:00:00.000Z',
    ]);
    expect(feed.items.map((i) => i.published?.toISOString())).toEqual([
      '2025-06-01T02:00:00.000Z',
      '2025-01-15T09:00:00.000Z',
      '2024-03-01T09:00:00.000Z',
    ]);
  });

  it('names topics as localized categories with their term and archive', () => {
    expect(feed.items[2]?.category).toEqual([
      {
        name: 'Märkte',
        term: 'markets',
        domain: `${site}/de/releases/topic/markets`,
        scheme: `${site}/de/releases/topic/markets`,
      },
      {
        name: 'Partnerschaften',
        term: 'partnerships',
        domain: `${site}/de/releases/topic/partnerships`,
        scheme: `${site}/de/releases/topic/partnerships`,
      },
    ]);
  });

  it('keeps at most FEED_LIMIT entries, the newest', () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) => ({
      release: release(`r${i}`, 'en', new Date(Date.UTC(2020, 0, 1 + i)).toISOString()),
      heroBytes: 1,
    }));
    const items = buildFeed(input({ entries: many })).items;
    expect(items).toHaveLength(FEED_LIMIT);
    expect(items[0]?.title).toBe(`r${FEED_LIMIT + 4} en`);
    expect(items.at(-1)?.title).toBe('r5 en');
  });
});

describe('rendered feeds', () => {
  const feed = buildFeed(input());

  it('RSS: items newest first with full content, categories, dates, author and the hero as an enclosure with its size', () => {
    const rss: unknown = xml.parse(feed.rss2());
    expect(rss).toMatchObject({
      rss: {
        channel: {
          language: 'de',
          copyright: 'smart Automobile Co., Ltd.',
          item: [
            {
              link: `${site}/en/releases/new`,
              title: 'new en',
              description: 'summary of new',
              'content:encoded': expect.stringContaining('<p>Second paragraph, the last one.</p>'),
              pubDate: 'Sun, 01 Jun 2025 02:00:00 GMT',
              author: 'press@example.com (smart Global Communications)',
              enclosure: { '@url': `${site}/media/new/hero.jpg`, '@type': 'image/jpeg', '@length': '222333' },
            },
            {
              link: `${site}/de/releases/middle`,
              enclosure: { '@url': `${site}/media/middle/hero.png`, '@type': 'image/png', '@length': '333' },
            },
            {
              link: `${site}/de/releases/old`,
              category: [
                { '#text': 'Märkte', '@domain': `${site}/de/releases/topic/markets` },
                { '#text': 'Partnerschaften', '@domain': `${site}/de/releases/topic/partnerships` },
              ],
            },
          ],
        },
      },
    });
  });

  it('Atom: entries with updated, published, content, categories and the hero link with its length', () => {
    const atom: unknown = xml.parse(feed.atom1());
    expect(atom).toMatchObject({
      feed: {
        updated: '2025-06-03T01:30:00.000Z',
        rights: 'smart Automobile Co., Ltd.',
        entry: [
          {
            id: `${site}/en/releases/new`,
            updated: '2025-06-03T01:30:00.000Z',
            published: '2025-06-01T02:00:00.000Z',
            content: { '#text': expect.stringContaining('<strong>bold</strong>') },
            link: [
              { '@href': `${site}/en/releases/new` },
              { '@rel': 'enclosure', '@href': `${site}/media/new/hero.jpg`, '@length': '222333' },
            ],
          },
          { id: `${site}/de/releases/middle` },
          {
            id: `${site}/de/releases/old`,
            category: [
              { '@label': 'Märkte', '@term': 'markets', '@scheme': `${site}/de/releases/topic/markets` },
              {
                '@label': 'Partnerschaften',
                '@term': 'partnerships',
                '@scheme': `${site}/de/releases/topic/partnerships`,
              },
            ],
          },
        ],
      },
    });
  });

  it('JSON Feed: items with content_html, image, tags and both dates', () => {
    expect(json(feed.json1())).toMatchObject({
      title: 'smart Newsroom: Pressemitteilungen',
      feed_url: `${site}/de/feeds/releases.json`,
      items: [
        {
          id: `${site}/en/releases/new`,
          url: `${site}/en/releases/new`,
          content_html: expect.stringContaining('Second paragraph'),
          summary: 'summary of new',
          image: `${site}/media/new/hero.jpg`,
          tags: ['Unternehmen'],
          date_published: '2025-06-01T02:00:00.000Z',
          date_modified: '2025-06-03T01:30:00.000Z',
        },
        { id: `${site}/de/releases/middle` },
        { id: `${site}/de/releases/old`, tags: ['Märkte', 'Partnerschaften'] },
      ],
    });
  });
});

describe('toJsonFeed11', () => {
  it('upgrades the package output to JSON Feed 1.1 with authors, language and the hero as an attachment', () => {
    const upgraded: unknown = JSON.parse(renderFeed(buildFeed(input()), 'json', 'de'));
    expect(upgraded).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      language: 'de',
      authors: [{ name: 'smart Global Communications' }],
      items: [
        {
          id: `${site}/en/releases/new`,
          authors: [{ name: 'smart Global Communications' }],
          attachments: [{ url: `${site}/media/new/hero.jpg`, mime_type: 'image/jpeg' }],
        },
        {},
        {},
      ],
    });
    expect(upgraded).not.toHaveProperty('author');
  });

  it('carries a release video: beside the hero in Atom and JSON Feed, as the one enclosure in RSS', () => {
    const film = { path: '/media/new/b-roll-720p.mp4', bytes: 270_378 };
    const withVideo = buildFeed(
      input({ entries: entries.map((entry, i) => (i === 1 ? { ...entry, video: film } : entry)) }),
    );
    const rss: unknown = xml.parse(withVideo.rss2());
    expect(rss).toMatchObject({
      rss: {
        channel: {
          item: [{ enclosure: { '@url': `${site}${film.path}`, '@type': 'video/mp4', '@length': '270378' } }, {}, {}],
        },
      },
    });
    const atom: unknown = xml.parse(renderFeed(withVideo, 'atom', 'de'));
    expect(renderFeed(withVideo, 'atom', 'de')).toContain('type="image/jpeg"');
    expect(atom).toMatchObject({
      feed: {
        entry: [
          {
            link: [
              { '@href': `${site}/en/releases/new` },
              { '@rel': 'enclosure', '@href': `${site}/media/new/hero.jpg`, '@length': '222333' },
              { '@rel': 'enclosure', '@href': `${site}${film.path}`, '@type': 'video/mp4', '@length': '270378' },
            ],
          },
          {},
          {},
        ],
      },
    });
    expect(JSON.parse(renderFeed(withVideo, 'json', 'de'))).toMatchObject({
      items: [
        {
          attachments: [
            { url: `${site}/media/new/hero.jpg`, mime_type: 'image/jpeg', size_in_bytes: 222_333 },
            { url: `${site}${film.path}`, mime_type: 'video/mp4', size_in_bytes: 270_378 },
          ],
        },
        {},
        {},
      ],
    });
  });

  it('offers no enclosure for a hero whose usage period is over (its entry has no size)', () => {
    const ended = buildFeed(
      input({ entries: entries.map((entry, i) => (i === 1 ? { release: entry.release } : entry)) }),
    );
    const rss: unknown = xml.parse(ended.rss2());
    expect(rss).toMatchObject({ rss: { channel: { item: [{ link: `${site}/en/releases/new` }, {}, {}] } } });
    expect(ended.rss2()).not.toContain('/media/new/hero.jpg');
    expect(ended.atom1()).not.toContain('/media/new/hero.jpg');
    expect(renderFeed(ended, 'json', 'de')).not.toContain('/media/new/hero.jpg');
  });
});

describe('absoluteLinks', () => {
  it('rewrites root-relative href and src in tags only', () => {
    expect(
      absoluteLinks(
        '<a href="/x">/y href="/z"</a><img src="/i.jpg"><a href="//cdn/x">c</a><a href="https://a/b">d</a>',
        site,
      ),
    ).toBe(
      `<a href="${site}/x">/y href="/z"</a><img src="${site}/i.jpg"><a href="//cdn/x">c</a><a href="https://a/b">d</a>`,
    );
  });
});
