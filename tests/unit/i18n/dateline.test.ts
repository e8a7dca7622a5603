import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { datelineText } from '@/lib/i18n/dateline';
import type { Locale } from '@/lib/i18n/locales';
import ar from '@/messages/ar.json';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';
import zh from '@/messages/zh.json';

/** The dateline of the sample content's Shanghai launch and Milan premiere, in the words of each language. */
const shanghai = { location: '上海', publishedAt: '2025-05-28T10:00:00+08:00', timeZone: 'Asia/Shanghai' };
const milan = { publishedAt: '2025-04-08T11:00:00+02:00', timeZone: 'Europe/Rome' };

describe('datelineText', () => {
  const catalogs = { en, de, fr, es, zh, ar };
  const dateline = (locale: Locale, release: typeof shanghai) => {
    const t = createTranslator({ locale, messages: catalogs[locale], namespace: 'release' });
    return datelineText(locale, release, (tags) => t.markup('dateline', tags));
  };

  it('uses the language’s own comma and dash, with no comma of ours between date and time', () => {
    expect(dateline('zh', shanghai)).toBe('上海，2025年5月28日 北京时间 10:00 —');
    expect(dateline('ar', { ...milan, location: 'ميلانو' })).toBe(
      'ميلانو، 8 أبريل 2025 في 11:00 ص توقيت وسط أوروبا الصيفي –',
    );
    expect(dateline('de', { ...milan, location: 'Mailand' })).toBe('MAILAND, 8. April 2025 um 11:00 MESZ –');
    expect(dateline('en', { ...milan, location: 'Milan' })).toBe('MILAN, 8 April 2025 at 11:00 CEST –');
  });
});
