import { formatCalendarDate, formatDateTime } from '@/lib/i18n/format';
import { isolate, type Locale } from '@/lib/i18n/locales';
import { messages, translator } from '@/lib/i18n/messages';
import type { ItemKind, Rendition } from './items';

/**
 * The two texts a basket's ZIP carries besides its files: manifest.csv for a spreadsheet (column names in English,
 * stable for machines; text values in the basket's language) and README.txt for a person, in the basket's language.
 * Both are built from the download's plan, so they list exactly the files in the archive.
 */
export type PlannedFile = {
  /** The entry's path in the archive. */
  path: string;
  /** A video's caption files are planned beside it. */
  kind: ItemKind | 'captions';
  releaseTitle: string;
  releaseUrl: string;
  rendition?: Rendition;
  width?: number;
  height?: number;
  bytes: number;
  /** Seconds. */
  duration?: number;
  credit?: string;
  copyright?: string;
  /** The terms' label in the basket's language ("Editorial use only"). */
  usage?: string;
  /** The last day of use, YYYY-MM-DD. */
  expires?: string;
  caption?: string;
  alt?: string;
};

export type Refusal = { key: string; reason: 'unavailable' } | { key: string; reason: 'expired'; expires: string };

/** The terms with their end date, in the words written into the images (media.termsUntil). */
function terms(locale: Locale, file: PlannedFile): string | undefined {
  if (!file.usage || !file.expires) return file.usage;
  return translator(locale)('media.termsUntil', {
    terms: file.usage,
    date: formatCalendarDate(locale, file.expires),
  });
}

const columns = [
  'path',
  'kind',
  'release_title',
  'release_url',
  'rendition',
  'width',
  'height',
  'bytes',
  'duration',
  'credit',
  'copyright',
  'usage',
  'usage_terms',
  'expires',
  'caption',
  'alt',
] as const;

/**
 * One CSV cell (RFC 4180). A text that a spreadsheet would run as a formula (OWASP: starting with = + - @, a tab or
 * a carriage return) gets a leading apostrophe: journalists open this file in Excel.
 */
function cell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** manifest.csv: UTF-8 with a byte order mark (so Excel reads it as UTF-8), CRLF line ends, one row per file. */
export function manifestCsv(locale: Locale, files: readonly PlannedFile[]): string {
  const rows = files.map((file) => {
    const values: Record<(typeof columns)[number], string | number | undefined> = {
      path: file.path,
      kind: file.kind,
      release_title: file.releaseTitle,
      release_url: file.releaseUrl,
      rendition: file.rendition,
      width: file.width,
      height: file.height,
      bytes: file.bytes,
      duration: file.duration,
      credit: file.credit,
      copyright: file.copyright,
      usage: file.usage,
      usage_terms: terms(locale, file),
      expires: file.expires,
      caption: file.caption,
      alt: file.alt,
    };
    return columns.map((column) => cell(values[column])).join(',');
  });
  return `\uFEFF${[columns.join(','), ...rows].map((row) => `${row}\r\n`).join('')}`;
}

/**
 * README.txt: when the basket was made (UTC), each file's release, credit, copyright, terms with their end date,
 * source page and caption, and the items left out with the reason. Values of the other direction are isolated,
 * as in every plain text of the site (a URL in an Arabic line).
 */
export function basketReadme(
  locale: Locale,
  madeAt: string,
  files: readonly PlannedFile[],
  refused: readonly Refusal[],
): string {
  const t = translator(locale);
  // One line per fact: a caption written over several lines in the frontmatter is joined.
  const line = (label: string, value: string | undefined) =>
    value === undefined ? [] : [`  ${label}: ${isolate(value.replace(/\s*\n\s*/g, ' '), locale)}`];
  const described = files.map((file) =>
    [
      file.path,
      ...line(t('media.release'), file.releaseTitle),
      ...line(t('media.credit'), file.credit),
      ...line(t('basket.readme.copyright'), file.copyright),
      ...line(t('media.usage'), terms(locale, file)),
      ...line(t('basket.readme.source'), file.releaseUrl),
      ...line(t('media.caption'), file.caption),
    ].join('\n'),
  );
  const refusals = refused.map(
    (refusal) =>
      `  ${
        refusal.reason === 'expired'
          ? t('basket.expired', {
              date: formatCalendarDate(locale, refusal.expires),
              key: isolate(refusal.key, locale),
            })
          : t('basket.unavailable', { key: isolate(refusal.key, locale) })
      }`,
  );
  return `${[
    [
      t('basket.readme.title', { site: messages(locale).meta.siteName }),
      t('basket.readme.made', { date: formatDateTime(locale, madeAt, 'UTC') }),
    ].join('\n'),
    [t('basket.readme.embedded'), t('basket.readme.manifest')].join('\n'),
    ...described,
    ...(refusals.length > 0 ? [[`${t('basket.readme.refused')}:`, ...refusals].join('\n')] : []),
  ].join('\n\n')}\n`;
}
