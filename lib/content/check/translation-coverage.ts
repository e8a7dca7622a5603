import { locales, type Locale } from '@/lib/i18n/locales';
import type { SourceFile } from './validate';

/**
 * Which releases and pages exist in which language. A missing translation is not an error: that language's
 * archive, search and release URL show the English release marked "In English", and a page's URL in that language
 * shows the English page (which is not in that language's menu).
 */
export type Coverage = { kind: 'release' | 'page'; name: string; folder: string; present: Set<Locale> };

export function translationCoverage(sources: readonly SourceFile[]): Coverage[] {
  const rows = new Map<string, Coverage>();
  for (const source of sources) {
    const match = source.file.match(/^content\/(releases|pages)\/(.+)\/[^/]+$/);
    if (!match?.[2]) continue;
    const kind = match[1] === 'releases' ? 'release' : 'page';
    const folder = `content/${match[1]}/${match[2]}`;
    const row = rows.get(folder) ?? { kind, name: match[2], folder, present: new Set<Locale>() };
    row.present.add(source.locale);
    rows.set(folder, row);
  }
  return [...rows.values()];
}

export const missingLocales = (row: Coverage) => locales.filter((l) => !row.present.has(l));

/**
 * The release × language table printed by the content check (✓ written, – missing), newest release first;
 * pages are listed only when a language is missing.
 */
export function coverageTable(rows: readonly Coverage[]): string {
  const shown = [
    ...rows.filter((r) => r.kind === 'release').sort((a, b) => b.name.localeCompare(a.name)),
    ...rows.filter((r) => r.kind === 'page' && missingLocales(r).length > 0).sort((a, b) => a.name.localeCompare(b.name)),
  ];
  const label = (r: Coverage) => (r.kind === 'release' ? r.name : `page: ${r.name}`);
  const width = Math.max('release'.length, ...shown.map((r) => label(r).length));
  const header = `${'release'.padEnd(width)}  ${locales.join('  ')}`;
  const lines = shown.map((r) => `${label(r).padEnd(width)}  ${locales.map((l) => (r.present.has(l) ? '✓' : '–').padEnd(2)).join('  ')}`.trimEnd());
  return [header, ...lines].join('\n');
}
