import type { Metadata } from 'next';
import { env } from '@/lib/env';
import { defaultLocale, languageTag, locales, type Locale } from '@/lib/i18n/locales';
import type { Topic } from '@/lib/content/taxonomy';
import { feedPath, type FeedFormat } from '@/lib/routing';

/**
 * Page metadata in one shape for every page: canonical URL, hreflang alternates for exactly the translations that
 * exist (plus x-default), Open Graph with its locale alternates, and a Twitter card. Pages pass what they know.
 */
export type PageMeta = {
  locale: Locale;
  title: string;
  description: string;
  /** Path of this page in each locale where it exists, e.g. { en: '/en/about', de: '/de/about' }. */
  alternates: Partial<Record<Locale, string>>;
  image?: { url: string; width: number; height: number; alt: string };
  article?: { publishedTime: string; modifiedTime?: string; section?: string; tags?: string[] };
  noindex?: boolean;
  /**
   * The path of the document this page shows, when it is not the page's own: a release shown in English inside
   * another language's interface names the English original as canonical (and is not itself a translation).
   */
  canonical?: string;
  /** Title of the feeds announced in the head (the locale's, or a topic's when `feedTopic` is set). */
  feedTitle: string;
  feedTopic?: Topic;
};

/**
 * Feed autodiscovery for a page's head. Root-relative: Next resolves them against metadataBase (SITE_URL).
 * Every page's metadata carries them, because a page's `alternates` replaces the layout's as a whole.
 */
export function feedAlternates(locale: Locale, title: string, topic?: Topic) {
  const feed = (format: FeedFormat) => [{ url: feedPath(locale, format, topic), title }];
  return {
    'application/rss+xml': feed('rss'),
    'application/atom+xml': feed('atom'),
    'application/feed+json': feed('json'),
  };
}

const ogLocale: Record<Locale, string> = {
  en: 'en_GB',
  de: 'de_DE',
  fr: 'fr_FR',
  es: 'es_ES',
  zh: 'zh_CN',
  ar: 'ar_AE',
};

const absoluteUrl = (path: string) => `${env.siteUrl}${path}`;

/**
 * hreflang alternates: each translation's absolute URL by BCP 47 tag, plus x-default (English, else the first
 * translation in locale order, so that every translation names the same one). Shared by the page head and the
 * sitemap, so that both always say the same.
 */
export function hreflangLanguages(
  alternates: Partial<Record<Locale, string>>,
  own: string,
  siteUrl = env.siteUrl,
): Record<string, string> {
  const translated = locales.filter((l) => alternates[l] !== undefined);
  const languages: Record<string, string> = {};
  for (const locale of translated) languages[languageTag[locale]] = `${siteUrl}${alternates[locale] ?? own}`;
  const first = translated[0];
  const fallback = alternates[defaultLocale] ?? (first ? alternates[first] : undefined) ?? own;
  languages['x-default'] = `${siteUrl}${fallback}`;
  return languages;
}

export function pageMetadata(meta: PageMeta): Metadata {
  const own = meta.canonical ?? meta.alternates[meta.locale] ?? `/${meta.locale}`;
  const translated = locales.filter((l) => meta.alternates[l] !== undefined);
  const languages = hreflangLanguages(meta.alternates, own);
  const otherLocales = translated.filter((l) => l !== meta.locale).map((l) => ogLocale[l]);
  const images = meta.image
    ? [{ url: absoluteUrl(meta.image.url), width: meta.image.width, height: meta.image.height, alt: meta.image.alt }]
    : undefined;

  return {
    title: meta.title,
    description: meta.description,
    alternates: {
      canonical: absoluteUrl(own),
      languages,
      types: feedAlternates(meta.locale, meta.feedTitle, meta.feedTopic),
    },
    robots: meta.noindex || env.preview ? { index: false, follow: !env.preview } : undefined,
    openGraph: {
      title: meta.title,
      description: meta.description,
      url: absoluteUrl(own),
      locale: ogLocale[meta.locale],
      alternateLocale: otherLocales,
      images,
      ...(meta.article
        ? {
            type: 'article',
            publishedTime: meta.article.publishedTime,
            modifiedTime: meta.article.modifiedTime,
            section: meta.article.section,
            tags: meta.article.tags,
          }
        : { type: 'website' }),
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title: meta.title,
      description: meta.description,
      images: images?.map((i) => i.url),
    },
  };
}
