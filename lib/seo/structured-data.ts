import type { BreadcrumbList, NewsArticle, Organization, WithContext } from 'schema-dts';

/**
 * schema.org structured data (JSON-LD) for search engines: the newsroom's publisher, its press releases and where
 * a page sits. Pure builders (site URL in, typed objects out) so that tests can check them without a server;
 * components/ui/json-ld.tsx writes them into the page.
 */
const publisherName = 'smart';
/** The publisher logo at the site root (scripts/make-logo.tsx draws it). */
const logo = { path: '/logo.png', width: 512, height: 512 } as const;

/** The organization behind the newsroom. sameAs is left out on purpose: we know no official profile URLs. */
function organizationNode(siteUrl: string) {
  return {
    '@type': 'Organization',
    name: publisherName,
    url: siteUrl,
    logo: { '@type': 'ImageObject', url: `${siteUrl}${logo.path}` },
  } as const satisfies Organization;
}

export const organization = (siteUrl: string): WithContext<Organization> => ({
  '@context': 'https://schema.org',
  ...organizationNode(siteUrl),
});

export type ArticleFacts = {
  siteUrl: string;
  /** Root-relative path of the release page. */
  path: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified?: string;
  /** Where the release was issued, e.g. "Shanghai". */
  dateline: string;
  /** BCP 47 language tag. */
  inLanguage: string;
  /** Root-relative image paths: the hero in 1:1, 4:3 and 16:9. */
  images: readonly string[];
  /** The release's videos (root-relative paths). */
  videos?: readonly VideoFacts[];
};

type VideoFacts = {
  name: string;
  description: string;
  /** Root-relative paths: the poster, the full-HD film and the player page. */
  thumbnail: string;
  content: string;
  embed: string;
  /** Seconds. */
  duration: number;
  transcript: string;
  credit: string;
  copyrightNotice: string;
};

/** Seconds as an ISO 8601 duration, as schema.org wants it: 10.04 → "PT10S", 75 → "PT1M15S". */
export function isoDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `PT${minutes > 0 ? `${minutes}M` : ''}${whole % 60 > 0 || minutes === 0 ? `${whole % 60}S` : ''}`;
}

export function newsArticle(facts: ArticleFacts): WithContext<NewsArticle> {
  const url = `${facts.siteUrl}${facts.path}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    description: facts.description,
    datePublished: facts.datePublished,
    dateModified: facts.dateModified ?? facts.datePublished,
    dateline: facts.dateline,
    inLanguage: facts.inLanguage,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: facts.images.map((image) => `${facts.siteUrl}${image}`),
    ...(facts.videos?.length
      ? {
          video: facts.videos.map((video) => ({
            '@type': 'VideoObject' as const,
            name: video.name,
            description: video.description,
            thumbnailUrl: `${facts.siteUrl}${video.thumbnail}`,
            uploadDate: facts.datePublished,
            duration: isoDuration(video.duration),
            contentUrl: `${facts.siteUrl}${video.content}`,
            embedUrl: `${facts.siteUrl}${video.embed}`,
            inLanguage: facts.inLanguage,
            transcript: video.transcript,
            creditText: video.credit,
            copyrightNotice: video.copyrightNotice,
            acquireLicensePage: url,
          })),
        }
      : {}),
    author: { '@type': 'Organization', name: publisherName, url: facts.siteUrl },
    publisher: organizationNode(facts.siteUrl),
  };
}

/** A breadcrumb trail (root-relative links, first to current page) as a BreadcrumbList. */
export function breadcrumbList(
  siteUrl: string,
  trail: readonly { href: string; label: string }[],
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: `${siteUrl}${crumb.href}`,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so that no value (a title containing
 * "</script>" or "<!--") can end the script element early. JSON parsers read \u003c as "<".
 */
export const serializeJsonLd = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
