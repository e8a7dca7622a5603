import 'server-only';
import { Feed, type Author, type Item } from 'feed';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { content, type Release } from '@/lib/content';
import type { Topic } from '@/lib/content/taxonomy';
import { env } from '@/lib/env';
import { languageTag, type Locale } from '@/lib/i18n/locales';
import { originalSize } from '@/lib/media/original';
import { archivePath, contactsPath, feedPath, mediaPath, releasePath, type FeedFormat } from '@/lib/routing';

/**
 * RSS 2.0, Atom 1.0 and JSON Feed of a locale's releases (all, or one topic), built with the `feed` package.
 * `buildFeed` is pure (releases, labels and site URL in, Feed out) so that it can be tested with fixtures;
 * `releaseFeed` feeds it from the content facade, the messages and the hero files on disk.
 */

/** At most this many releases per feed, newest first. */
export const FEED_LIMIT = 50;
const feedCopyright = 'smart Automobile Co., Ltd.';
const deskName = 'smart Global Communications';
const deskId = 'global-communications';

export const feedContentType: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** A release with the size of its hero as delivered; none when the hero's usage period is over. */
export type FeedEntry = {
  release: Release;
  heroBytes?: number;
  /** The release's first video as the web film (720p) with its size, unless its usage period is over. */
  video?: { path: string; bytes: number };
};

export type FeedInput = {
  siteUrl: string;
  locale: Locale;
  topic?: Topic;
  /** Feed title (for a topic feed already including the topic's label) and description. */
  title: string;
  description: string;
  /** The topic's label in the feed's language, for item categories. */
  topicLabel: (topic: Topic) => string;
  /** The press desk's address, when known: RSS wants an e-mail address in <author>. */
  authorEmail?: string;
  /** Newest first; more than FEED_LIMIT are cut. */
  entries: readonly FeedEntry[];
};

const imageTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** The instant a release last changed. */
const changedAt = (release: Release) => new Date(release.updatedAt ?? release.publishedAt);

/** Root-relative href/src attributes in compiled release HTML made absolute: feed readers have no base URL. */
export function absoluteLinks(html: string, siteUrl: string): string {
  return html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${siteUrl}/`));
}

export function buildFeed(input: FeedInput): Feed {
  const { siteUrl, locale, topic } = input;
  const url = (path: string) => `${siteUrl}${path}`;
  const entries = [...input.entries]
    .sort((a, b) => Date.parse(b.release.publishedAt) - Date.parse(a.release.publishedAt))
    .slice(0, FEED_LIMIT);
  const updated = entries.reduce<Date | undefined>((latest, { release }) => {
    const at = changedAt(release);
    return latest && latest >= at ? latest : at;
  }, undefined);
  const author: Author = { name: deskName, email: input.authorEmail, link: url(contactsPath(locale)) };
  const home = url(archivePath(locale, topic ? { topic } : {}));

  const feed = new Feed({
    title: input.title,
    description: input.description,
    id: home,
    link: home,
    language: languageTag[locale],
    updated,
    copyright: feedCopyright,
    author,
    feedLinks: {
      rss: url(feedPath(locale, 'rss', topic)),
      atom: url(feedPath(locale, 'atom', topic)),
      json: url(feedPath(locale, 'json', topic)),
    },
  });

  for (const { release, heroBytes, video } of entries) {
    const link = url(releasePath(release.locale, release.slug));
    const item: Item = {
      title: release.title,
      id: link,
      link,
      description: release.summary,
      content: absoluteLinks(release.bodyHtml, siteUrl),
      date: changedAt(release),
      published: new Date(release.publishedAt),
      category: release.topics.map((t) => ({
        name: input.topicLabel(t),
        term: t,
        domain: url(archivePath(locale, { topic: t })),
        scheme: url(archivePath(locale, { topic: t })),
      })),
      author: [author],
      // As an Enclosure (not a bare URL) so that RSS gets <enclosure> with the real type and length in bytes.
      ...(heroBytes === undefined
        ? {}
        : {
            image: {
              url: url(mediaPath(release.slug, release.hero.file)),
              type: imageTypes[release.hero.file.split('.').pop() ?? ''] ?? 'image/jpeg',
              length: heroBytes,
            },
          }),
      // Atom lists it beside the hero; RSS has room for one enclosure, and the package gives it to the video.
      ...(video ? { video: { url: url(video.path), type: 'video/mp4', length: video.bytes } } : {}),
    };
    feed.addItem(item);
  }
  return feed;
}

async function webFilm(release: Release): Promise<FeedEntry['video']> {
  const video = release.videos[0];
  if (!video || content.usageEndOf(release, video)) return undefined;
  return { path: mediaPath(release.slug, video.small), bytes: await originalSize(release.slug, video.small) };
}

/** The feed of a locale's public releases (English where not translated), optionally of one topic. */
export async function releaseFeed(locale: Locale, topic?: Topic): Promise<Feed> {
  const meta = await getTranslations({ locale, namespace: 'meta' });
  const topics = await getTranslations({ locale, namespace: 'topics' });
  const listings = content.listAllReleases(locale, topic ? { topic } : {}).slice(0, FEED_LIMIT);
  const entries = await Promise.all(
    listings.map(async ({ release }) => ({
      release,
      heroBytes: content.usageEndOf(release, release.hero)
        ? undefined
        : await originalSize(release.slug, release.hero.file),
      video: await webFilm(release),
    })),
  );
  return buildFeed({
    siteUrl: env.siteUrl,
    locale,
    topic,
    title: topic ? `${meta('feedTitle')} – ${topics(topic)}` : meta('feedTitle'),
    description: meta('description'),
    topicLabel: (t) => topics(t),
    authorEmail: content.contacts(locale, [deskId])[0]?.email,
    entries,
  });
}

const jsonFeed1 = z.looseObject({
  author: z.unknown().optional(),
  items: z.array(z.looseObject({ id: z.string(), author: z.unknown().optional() })),
});

/**
 * The `feed` package writes JSON Feed 1.0; 1.1 renames author to authors, adds language and lets the hero image
 * and the video be attachments with their type and size. Upgraded here from the package's own output.
 */
function toJsonFeed11(
  feed: Feed,
  locale: Locale,
  attachments: ReadonlyMap<string, readonly { url: string; mime_type: string; size_in_bytes: number }[]>,
): string {
  const { author, items, ...rest } = jsonFeed1.parse(JSON.parse(feed.json1()));
  return JSON.stringify(
    {
      ...rest,
      version: 'https://jsonfeed.org/version/1.1',
      language: languageTag[locale],
      ...(author ? { authors: [author] } : {}),
      items: items.map(({ author: itemAuthor, ...item }) => {
        const files = attachments.get(item.id) ?? [];
        return {
          ...item,
          ...(itemAuthor ? { authors: [itemAuthor] } : {}),
          ...(files.length > 0 ? { attachments: files } : {}),
        };
      }),
    },
    null,
    2,
  );
}

export function renderFeed(feed: Feed, format: FeedFormat, locale: Locale): string {
  if (format === 'rss') return feed.rss2();
  // The package's Atom writer takes an enclosure's type from its URL's extension, so a .jpg hero would be called
  // "image/jpg", which is not a media type.
  if (format === 'atom') return feed.atom1().replaceAll('type="image/jpg"', 'type="image/jpeg"');
  // The hero and the video as JSON Feed attachments, each with its type and size.
  const attachments = new Map(
    feed.items.map((item) => [
      item.id ?? item.link,
      [item.image, item.video].flatMap((file) =>
        file && typeof file !== 'string'
          ? [
              {
                url: file.url,
                mime_type: file.type ?? 'application/octet-stream',
                size_in_bytes: Number(file.length ?? 0),
              },
            ]
          : [],
      ),
    ]),
  );
  return toJsonFeed11(feed, locale, attachments);
}
