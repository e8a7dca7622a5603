import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';

/** Every key path of a messages object, e.g. "nav.skip". */
function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

const load = (locale: string): unknown => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
const english = keys(load('en')).sort();

describe('messages', () => {
  it.each(locales.filter((l) => l !== 'en'))('%s has exactly the keys of en', (locale) => {
    const own = keys(load(locale)).sort();
    expect({
      missing: english.filter((k) => !own.includes(k)),
      extra: own.filter((k) => !english.includes(k)),
    }).toEqual({ missing: [], extra: [] });
  });

  it.each(locales.filter((l) => l !== 'en'))('%s is translated, not a copy of en', (locale) => {
    const en = load('en') as Record<string, Record<string, string>>;
    const own = load(locale) as Record<string, Record<string, string>>;
    expect(own.notFound?.title).not.toBe(en.notFound?.title);
    expect(own.nav?.releases).not.toBe(en.nav?.releases);
  });
});
