import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/lib/i18n/locales';
import ar from '@/messages/ar.json';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';
import zh from '@/messages/zh.json';

/**
 * The UI messages for e-mails, route handlers, press kits and copied release text, which are built outside a
 * rendered page or in a release's own language rather than the page's (the sender runs outside Next altogether),
 * so they cannot use next-intl's request-bound getTranslations.
 */
const catalogues: Record<Locale, typeof en> = { en, de, fr, es, zh, ar };

export const translator = (locale: Locale) => createTranslator({ locale, messages: catalogues[locale] });
