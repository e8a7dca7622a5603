import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/lib/i18n/locales';
import ar from '@/messages/ar.json';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';
import zh from '@/messages/zh.json';

/**
 * The one loader of the UI messages. Pages read them through next-intl (./request.ts hands it these catalogues);
 * e-mails, route handlers, press kits, copied release text and the search index read them here, because they are
 * built outside a rendered page or in a release's own language rather than the page's (the alert sender and the
 * search index run outside Next altogether). A unit test keeps every catalogue's keys equal to English's.
 */
export type Messages = typeof en;

const catalogues: Record<Locale, Messages> = { en, de, fr, es, zh, ar };

export const messages = (locale: Locale): Messages => catalogues[locale];

export const translator = (locale: Locale) => createTranslator({ locale, messages: catalogues[locale] });
