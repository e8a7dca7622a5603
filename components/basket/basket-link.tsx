'use client';

import { useSyncExternalStore } from 'react';
import { read, subscribe } from '@/lib/basket/storage';
import { pluralText, type PluralTemplates } from '@/lib/i18n/plural-text';
import { languageTag, type Locale } from '@/lib/i18n/locales';

const count = () => read().items.length;
const none = () => 0;

/**
 * The header's way to the basket page, with the number of items on a badge. The server (and a browser without
 * JavaScript) renders no badge, as the basket lives in the browser. The badge sits over the icon's corner, so a
 * count appearing shifts nothing. Not a live region: it would speak on every page load; the add button speaks.
 */
export function BasketLink({
  locale,
  href,
  text,
  named,
  current,
}: {
  locale: Locale;
  href: string;
  /** basket.linkText: the name without a count. */
  text: string;
  /** basket.link: "Basket, {count} items". */
  named: PluralTemplates;
  current: boolean;
}) {
  const items = useSyncExternalStore(subscribe, count, none);
  return (
    <a
      href={href}
      aria-current={current ? 'page' : undefined}
      data-basket-count={items}
      className="relative inline-flex size-11 items-center justify-center rounded-full border border-line hover:border-fg aria-[current]:border-fg"
    >
      <span className="sr-only">{items > 0 ? pluralText(named, locale, items) : text}</span>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
        <path d="M3 6h18l-2 13H5zM8 6a4 4 0 0 1 8 0" />
      </svg>
      {items > 0 && (
        <span
          aria-hidden="true"
          className="absolute -end-1.5 -top-1.5 min-w-5 rounded-full bg-accent px-1 text-center text-xs/5 font-bold text-accent-fg"
        >
          {new Intl.NumberFormat(languageTag[locale]).format(items)}
        </span>
      )}
    </a>
  );
}
