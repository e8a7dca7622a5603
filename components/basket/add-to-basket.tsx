'use client';

import { useState, useSyncExternalStore } from 'react';
import { emptyBasket, add, read, remove, subscribe } from '@/lib/basket/storage';
import { itemKey } from '@/lib/basket/items';
import { fillTemplate, pluralText, type PluralTemplates } from '@/lib/i18n/plural-text';
import type { Locale } from '@/lib/i18n/locales';

/** The words of every add button on a page, prepared once on the server (components/basket/labels.ts). */
export type AddToBasketLabels = {
  add: string;
  remove: string;
  /** basket.added: "Added: {caption}. Basket: {count} items." */
  added: PluralTemplates;
  /** basket.removed with `{totals}` to be "Basket, {count} items" (basket.link). */
  removed: string;
  link: PluralTemplates;
  full: string;
  unsaved: string;
};

/**
 * Puts one release file (an image, a video, a document) in the browser's basket, or takes it out: a button whose
 * label says what a press does ("Add to basket", "Remove from basket"). Not also aria-pressed, which would announce
 * "Remove from basket, pressed": a toggle's label must not change with its state. A polite live region says what
 * happened, with the basket's new count; the header's count (./basket-link.tsx) follows silently. Hidden without
 * JavaScript, where it could do nothing; before hydration it renders as "Add", the state of a basket the server
 * cannot see.
 */
export function AddToBasket({
  locale,
  slug,
  file,
  caption,
  labels,
  describedBy,
  className = '',
}: {
  locale: Locale;
  slug: string;
  file: string;
  caption: string;
  labels: AddToBasketLabels;
  describedBy?: string;
  className?: string;
}) {
  const basket = useSyncExternalStore(subscribe, read, () => emptyBasket);
  const stored = basket.items.find((item) => item.slug === slug && item.file === file);
  const [said, setSaid] = useState('');

  function toggle() {
    if (stored) {
      remove(itemKey(stored));
      const count = read().items.length;
      setSaid(fillTemplate(labels.removed, { caption, totals: pluralText(labels.link, locale, count) }));
      return;
    }
    const result = add({ slug, file });
    if (result === 'full') setSaid(labels.full);
    else if (result === 'unsaved') setSaid(labels.unsaved);
    else setSaid(pluralText(labels.added, locale, read().items.length, { caption }));
  }

  return (
    <span className={`no-js:hidden inline-flex flex-col items-start gap-1 ${className}`}>
      <button
        type="button"
        onClick={toggle}
        data-in-basket={stored !== undefined}
        aria-describedby={describedBy}
        data-basket-add={`${slug}/${file}`}
        className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 font-semibold text-fg hover:border-fg data-[in-basket=true]:border-fg data-[in-basket=true]:bg-bg"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 fill-none stroke-current stroke-2">
          {stored ? <path d="m5 12 5 5 9-10" /> : <path d="M12 5v14M5 12h14" />}
        </svg>
        {stored ? labels.remove : labels.add}
      </button>
      <span aria-live="polite" className="sr-only">
        {said}
      </span>
    </span>
  );
}
