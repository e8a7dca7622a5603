import { languageTag, type Locale } from '@/lib/i18n/locales';

/**
 * File sizes and pixel dimensions as a journalist reads them next to a download link: "1.2 MB", "3000 × 2000".
 * Decimal units (1 MB = 1,000,000 bytes), as operating systems and browsers show downloads; the unit names come
 * from CLDR, so they are localized ("1,2 Mo" in French).
 */
export function formatFileSize(locale: Locale, bytes: number): string {
  const [unit, value] =
    bytes >= 1e6
      ? (['megabyte', bytes / 1e6] as const)
      : bytes >= 1e3
        ? (['kilobyte', bytes / 1e3] as const)
        : (['byte', bytes] as const);
  return new Intl.NumberFormat(languageTag[locale], {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(value);
}

/** Pixel dimensions without digit grouping, the way image sizes are written ("3000 × 2000"). */
export function formatPixels(locale: Locale, width: number, height: number): string {
  const number = new Intl.NumberFormat(languageTag[locale], { useGrouping: false });
  return `${number.format(width)} × ${number.format(height)}`;
}

/** The type label of a download from its file name: "PDF", "JPG", "ZIP". */
export const fileTypeLabel = (file: string) => (file.split('.').pop() ?? '').toUpperCase();

const mediaTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
  vtt: 'text/vtt; charset=utf-8',
};

/** The media type of a release file (image, attachment, video, captions) from its extension, or undefined for anything else. */
export const mediaTypeOf = (file: string): string | undefined => mediaTypes[file.split('.').pop() ?? ''];

/**
 * A film's running time as a journalist reads it beside a download: "1 min, 12 sec", "42 sec", in the reader's
 * language from CLDR's unit and list patterns (whole seconds, rounded).
 */
export function formatDuration(locale: Locale, seconds: number): string {
  const whole = Math.round(seconds);
  const unit = (value: number, name: 'minute' | 'second') =>
    new Intl.NumberFormat(languageTag[locale], { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const parts = [
    ...(whole >= 60 ? [unit(Math.floor(whole / 60), 'minute')] : []),
    ...(whole % 60 > 0 || whole < 60 ? [unit(whole % 60, 'second')] : []),
  ];
  return new Intl.ListFormat(languageTag[locale], { type: 'unit', style: 'short' }).format(parts);
}
