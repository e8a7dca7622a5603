import { isPublic } from '@/lib/content/gate';
import type { Release } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/locales';
import { escapeXml } from '@/lib/seo/sitemap';
import { releasePath } from '@/lib/routing';

/**
 * The Google News sitemap: every public release translation published in the last two days (Google News reads
 * no older ones), newest first, at most 1,000 (its limit per file). Pure over releases and a clock.
 */
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const NEWS_LIMIT = 1000;
const publicationName = 'smart Newsroom';

/** Google News wants ISO 639 codes, with zh-cn for Simplified Chinese. */
const newsLanguage: Record<Locale, string> = { en: 'en', de: 'de', fr: 'fr', es: 'es', zh: 'zh-cn', ar: 'ar' };

export function recentReleases(releases: readonly Release[], now: Date): Release[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  return releases
    .filter((release) => isPublic(release, now) && Date.parse(release.publishedAt) > since)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, NEWS_LIMIT);
}

export function newsSitemapXml(releases: readonly Release[], siteUrl: string): string {
  const urls = releases.map((release) =>
    [
      '  <url>',
      `    <loc>${escapeXml(`${siteUrl}${releasePath(release.locale, release.slug)}`)}</loc>`,
      '    <news:news>',
      '      <news:publication>',
      `        <news:name>${escapeXml(publicationName)}</news:name>`,
      `        <news:language>${newsLanguage[release.locale]}</news:language>`,
      '      </news:publication>',
      `      <news:publication_date>${escapeXml(release.publishedAt)}</news:publication_date>`,
      `      <news:title>${escapeXml(release.title)}</news:title>`,
      '    </news:news>',
      '  </url>',
    ].join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.map((u) => `${u}\n`).join('')}</urlset>\n`;
}
