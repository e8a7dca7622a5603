import { cache } from 'react';
import { MAX_ITEMS } from '@/lib/basket/items';
import { maxSizeText } from '@/lib/basket/totals';
import type { Locale } from '@/lib/i18n/locales';
import { messages, translator } from '@/lib/i18n/messages';
import { pluralTemplates } from '@/lib/i18n/plural-templates';
import type { AddToBasketLabels } from './add-to-basket';
import type { BasketListLabels } from './basket-list';

/** `{name}` kept as it is, for the browser to fill (lib/i18n/plural-text.ts, fillTemplate). */
const keep = (...names: string[]) => Object.fromEntries(names.map((name) => [name, `{${name}}`]));

/**
 * The basket islands' words, translated here so that no island needs next-intl's client catalogue. Cached per
 * request: every add button on a page gets the same object, which React sends to the browser once.
 */
export const addToBasketLabels = cache((locale: Locale): AddToBasketLabels => {
  const t = translator(locale);
  const raw = messages(locale).basket;
  return {
    add: t('basket.add'),
    remove: t('basket.remove'),
    added: pluralTemplates(raw.added),
    removed: t('basket.removed', keep('caption', 'totals')),
    link: pluralTemplates(raw.link),
    full: t('basket.full', { max: MAX_ITEMS }),
    unsaved: t('basket.unsaved'),
  };
});

export function basketListLabels(locale: Locale): BasketListLabels {
  const t = translator(locale);
  const raw = messages(locale).basket;
  return {
    option: t('basket.option', keep('rendition', 'type', 'dimensions', 'size')),
    optionWithoutPixels: t('basket.optionWithoutPixels', keep('rendition', 'type', 'size')),
    renditions: messages(locale).media.renditions,
    empty: t('basket.empty'),
    loading: t('basket.loading'),
    loadFailed: t('basket.loadFailed'),
    renditionLabel: t('basket.renditionLabel'),
    removeItem: t('basket.removeItem'),
    removeUnavailable: t('basket.removeUnavailable'),
    download: t('basket.download'),
    totals: pluralTemplates(raw.totals),
    removed: t('basket.removed', keep('caption', 'totals')),
    overItems: t('basket.overItems', { max: MAX_ITEMS }),
    overBytes: t('basket.overBytes', { size: '{size}', limit: maxSizeText(locale) }),
    unavailable: t('basket.unavailable', keep('key')),
    expired: t('basket.expired', keep('date', 'key')),
    refusedTitle: t('basket.refusedTitle'),
    credit: t('media.credit'),
    usage: t('media.usage'),
    expires: t('media.expires'),
    release: t('media.release'),
  };
}
