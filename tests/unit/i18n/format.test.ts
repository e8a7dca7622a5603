import { describe, expect, it } from 'vitest';
import { formatDateTime, formatList, joinLabels, sameWallClock } from '@/lib/i18n/format';
import { locales, type Locale } from '@/lib/i18n/locales';

/**
 * Dates and lists in the words, order and punctuation of each language, from one Intl pattern each (the strings are
 * ICU's, as shipped with Node 20). The releases are the sample content's: a Shanghai launch at 10:00 Beijing time
 * and the smart #5 BRABUS premiere at Milan Design Week, 11:00 in Milan.
 */
const shanghai = { location: '上海', publishedAt: '2025-05-28T10:00:00+08:00', timeZone: 'Asia/Shanghai' };
const milan = { publishedAt: '2025-04-08T11:00:00+02:00', timeZone: 'Europe/Rome' };

describe('formatDateTime', () => {
  it.each([
    [
      'gives date, time and a named zone in one pattern of the language, with 北京时间 for Chinese',
      shanghai,
      {
        en: '28 May 2025 at 10:00 China Standard Time',
        de: '28. Mai 2025 um 10:00 Chinesische Normalzeit',
        fr: '28 mai 2025 à 10:00 heure normale de la Chine',
        es: '28 de mayo de 2025 a las 10:00 hora estándar de China',
        zh: '2025年5月28日 北京时间 10:00',
        ar: '28 مايو 2025 في 10:00 ص توقيت الصين الرسمي',
      },
    ],
    [
      'names Milan’s summer time (an abbreviation where the language has one), never a bare "GMT+2"',
      milan,
      {
        en: '8 April 2025 at 11:00 CEST',
        de: '8. April 2025 um 11:00 MESZ',
        fr: '8 avril 2025 à 11:00 heure d’été d’Europe centrale',
        es: '8 de abril de 2025 a las 11:00 CEST',
        zh: '2025年4月8日 中欧夏令时间 11:00',
        ar: '8 أبريل 2025 في 11:00 ص توقيت وسط أوروبا الصيفي',
      },
    ],
  ] as const)('%s', (_, release, expected: Record<Locale, string>) => {
    for (const locale of locales)
      expect(formatDateTime(locale, release.publishedAt, release.timeZone)).toBe(expected[locale]);
  });

  it('gives the Milan premiere on a New York reader’s clock, date and zone included', () => {
    expect(formatDateTime('en', milan.publishedAt, 'America/New_York')).toBe(
      '8 April 2025 at 05:00 Eastern Daylight Time',
    );
    expect(formatDateTime('de', milan.publishedAt, 'America/New_York')).toBe(
      '8. April 2025 um 05:00 Nordamerikanische Ostküsten-Sommerzeit',
    );
    expect(formatDateTime('zh', milan.publishedAt, 'Asia/Shanghai')).toBe('2025年4月8日 北京时间 17:00');
    expect(formatDateTime('en', '2025-04-08T23:30:00+02:00', 'America/Los_Angeles')).toBe(
      '8 April 2025 at 14:30 Pacific Daylight Time',
    );
  });

  it('tells when two clocks differ (to show the reader’s own time only then)', () => {
    expect(sameWallClock(milan.publishedAt, 'Europe/Rome', 'Europe/Berlin')).toBe(true);
    expect(sameWallClock(shanghai.publishedAt, 'Asia/Shanghai', 'Asia/Singapore')).toBe(true);
    expect(sameWallClock(milan.publishedAt, 'Europe/Rome', 'America/New_York')).toBe(false);
    expect(sameWallClock(milan.publishedAt, 'Europe/Rome', 'Europe/London')).toBe(false);
  });
});

describe('formatList', () => {
  it('joins items as each language does', () => {
    const items = ['English', 'Deutsch', 'Français'];
    expect(formatList('en', items)).toBe('English, Deutsch and Français');
    expect(formatList('de', items)).toBe('English, Deutsch und Français');
    expect(formatList('fr', items)).toBe('English, Deutsch et Français');
    expect(formatList('es', items)).toBe('English, Deutsch y Français');
    expect(formatList('zh', items)).toBe('English、Deutsch和Français');
    expect(formatList('ar', items)).toBe('English وDeutsch وFrançais');
  });
});

describe('joinLabels', () => {
  it('keeps a Latin label whole in an Arabic title and adds nothing in a Latin one', () => {
    expect(joinLabels('ar', ['منتجات', 'smart #5'])).toBe('منتجات · \u2068smart #5\u2069');
    expect(joinLabels('de', ['Produkte', 'smart #5'])).toBe('Produkte · smart #5');
  });
});
