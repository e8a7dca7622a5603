import type { createQueries } from '@/lib/content/queries';
import { formatDate } from '@/lib/i18n/format';
import { textAttributes, type Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pagePath, releasePath } from '@/lib/routing';

/**
 * Content → search records: what scripts/search-index.ts hands to Pagefind for one locale, and what the search page
 * adds for releases whose embargo lifted after the index was built (recentReleaseRecords). Kept pure so a unit
 * test can feed it fixture content; the public gate is the one of the queries it is given (createQueries), so a
 * draft or an embargoed release never becomes a record.
 */

export type SearchRecord = {
  url: string;
  content: string;
  /** Pagefind splits its index by this code and picks the one matching <html lang> (zh-Hans → "zh"). */
  language: Locale;
  /** `lang` and `dir`: the text's, where it is not in the index's language (an English original in another's). */
  meta: { title: string; date?: string; datetime?: string; lang?: string; dir?: string };
  filters: { topic?: string[]; model?: string[]; year?: string[] };
};

type Queries = Pick<ReturnType<typeof createQueries>, 'listAllReleases' | 'listPages'>;
type Listing = ReturnType<Queries['listAllReleases']>[number];

/**
 * A release as a reader of `locale` finds it: its translation, or the English original (the archive's "In English"
 * listing) at the locale's own URL, which shows it inside that language's interface. The original goes into the
 * locale's index too, so that a French search for "BRABUS" finds the English-only launch; its words are stemmed
 * by that language's rules, which leaves names, models and most terms as they are.
 */
function releaseRecord(locale: Locale, { release, isFallback }: Listing): SearchRecord {
  // Readers filter by the labels they see, in their language.
  const labels = messages(locale);
  return {
    url: releasePath(locale, release.slug),
    content: [release.title, release.summary, ...release.highlights, htmlToPlainText(release.bodyHtml)].join('\n\n'),
    language: locale,
    meta: {
      title: release.title,
      date: formatDate(locale, release.publishedAt, release.timeZone),
      datetime: release.publishedAt,
      ...(isFallback ? textAttributes(release.locale) : {}),
    },
    filters: {
      topic: release.topics.map((topic) => labels.topics[topic]),
      model: release.models.map((model) => labels.models[model]),
      year: [release.publishedAt.slice(0, 4)],
    },
  };
}

export function searchRecords(queries: Queries, locale: Locale): SearchRecord[] {
  const releases = queries.listAllReleases(locale).map((listing) => releaseRecord(locale, listing));

  const pages = queries.listPages(locale).map((page): SearchRecord => ({
    url: pagePath(locale, page.path),
    content: [page.title, page.description, htmlToPlainText(page.bodyHtml)].join('\n\n'),
    language: locale,
    meta: { title: page.title },
    filters: {},
  }));

  return [...releases, ...pages];
}

/**
 * The releases of a locale that are public now but were not when the index was built (`indexedAt`, the instant
 * scripts/search-index.ts evaluated the gate at): embargoes that lifted since. The search page searches these
 * itself until the next build puts them in the index.
 */
export function recentReleaseRecords(queries: Queries, locale: Locale, indexedAt: Date): SearchRecord[] {
  return queries
    .listAllReleases(locale)
    .filter(({ release }) => Date.parse(release.publishedAt) > indexedAt.getTime())
    .map((listing) => releaseRecord(locale, listing));
}

/** Written next to the index (public/pagefind/) by scripts/search-index.ts: `{ "indexedAt": ISO 8601 }`. */
export const searchIndexStamp = 'newsroom-index.json';

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Releases and brand pages reach us as the sanitized HTML of our own Markdown pipeline, compiled once by
 * contentlayer2: tags become line breaks and character references become characters (parsing the Markdown again
 * would cost more than all the rest of the index). Never rendered as HTML.
 */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<\/(p|h[1-6]|li|blockquote|figcaption|tr)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return namedEntities[ref.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
}
