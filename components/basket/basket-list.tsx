'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { BasketFacts } from '@/lib/basket/facts';
import { itemKey } from '@/lib/basket/items';
import { read, remove, subscribe } from '@/lib/basket/storage';
import { basketTotals, chosenOption, type OptionTemplates } from '@/lib/basket/totals';
import { formatCalendarDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { fillTemplate, pluralText, type PluralTemplates } from '@/lib/i18n/plural-text';
import { formatFileSize } from '@/lib/media/format';
import { useBrowserValue } from '@/components/ui/browser-value';
import { BasketRow, box, button, type Row } from './basket-row';

/** The basket page's words, translated on the server with `{name}` placeholders left for the browser to fill. */
export type BasketListLabels = OptionTemplates & {
  empty: string;
  loading: string;
  loadFailed: string;
  renditionLabel: string;
  removeItem: string;
  removeUnavailable: string;
  download: string;
  totals: PluralTemplates;
  /** "Removed: {caption}. {totals}" */
  removed: string;
  /** The caps' messages, {max} and {limit} filled in; overBytes keeps {size}. */
  overItems: string;
  overBytes: string;
  unavailable: string;
  expired: string;
  refusedTitle: string;
  credit: string;
  usage: string;
  expires: string;
  release: string;
};

/** `?over=items|bytes` or `?refused=all`: why the download sent the browser back here. */
function returnReason(): string {
  const query = new URLSearchParams(window.location.search);
  const over = query.get('over');
  if (over === 'items' || over === 'bytes') return over;
  return query.get('refused') === 'all' ? 'refused' : '';
}

/**
 * The basket page's list: the stored items with fresh facts from POST /api/basket/items (credit, terms, expiry and
 * the size of every rendition, in the page's language), a size to choose per item, and the download form, a plain
 * POST the browser's download manager handles. After a removal, focus goes to the next item's heading, else the
 * previous one, else the page's h1, and a status line says what was removed and what is left.
 */
export function BasketList({
  locale,
  itemsApi,
  downloadAction,
  headingId,
  labels,
}: {
  locale: Locale;
  itemsApi: string;
  downloadAction: string;
  /** The page's h1, where focus goes when the last item is removed. */
  headingId: string;
  labels: BasketListLabels;
}) {
  const basket = useSyncExternalStore(subscribe, read, () => undefined);
  const [facts, setFacts] = useState<BasketFacts>();
  /** The set of files the facts shown are of, or 'failed' when asking for them did not work. */
  const [answered, setAnswered] = useState<string>();
  const [status, setStatus] = useState('');
  /** The file whose heading takes focus after the next render; '' for the page's h1. */
  const focusTarget = useRef<string>(undefined);
  const reason = useBrowserValue(returnReason);
  const headings = useRef(new Map<string, HTMLHeadingElement>());

  // Facts are asked for the set of files; a change of size alone is answered from the options already known.
  const files = basket?.items.map((item) => `${item.slug}/${item.file}`).join('\n');
  useEffect(() => {
    const items = read().items;
    if (files === undefined || items.length === 0) return;
    const controller = new AbortController();
    fetch(itemsApi, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale, items: items.map(itemKey) }),
      signal: controller.signal,
    })
      .then((response) => {
        if (!response.ok) throw new Error(`${itemsApi} answered ${response.status}`);
        return response.json();
      })
      .then((answer: BasketFacts) => {
        setFacts(answer);
        setAnswered(files);
      })
      .catch(() => {
        if (!controller.signal.aborted) setAnswered('failed');
      });
    return () => controller.abort();
  }, [files, itemsApi, locale]);

  // After every render: a removal re-renders through the storage subscription, with the removed row gone.
  useEffect(() => {
    if (focusTarget.current === undefined) return;
    (headings.current.get(focusTarget.current) ?? document.getElementById(headingId))?.focus();
    focusTarget.current = undefined;
  });

  if (!basket) return null;
  // Until the facts of the stored files arrive, a polite status says so (a screen reader hears it once).
  const progress =
    basket.items.length === 0 || answered === files ? '' : answered === 'failed' ? labels.loadFailed : labels.loading;
  const known = new Map(facts?.items.map((f) => [`${f.slug}/${f.file}`, f]));
  const rows: Row[] = basket.items.flatMap((item) => {
    const f = known.get(`${item.slug}/${item.file}`);
    return f ? [{ facts: f, key: itemKey(item), rendition: item.rendition }] : [];
  });
  const storedKeys = new Set(basket.items.map(itemKey));
  const refused = (facts?.refused ?? []).filter((r) => storedKeys.has(r.key));
  const bytesOf = (row: Row) => chosenOption(row.facts.options, row.rendition)?.bytes ?? 0;
  const totals = basketTotals(rows.map(bytesOf));
  const totalsText = (count: number, bytes: number) =>
    pluralText(labels.totals, locale, count, { size: formatFileSize(locale, bytes) });
  const overText =
    totals.over === 'items'
      ? labels.overItems
      : totals.over === 'bytes'
        ? fillTemplate(labels.overBytes, { size: formatFileSize(locale, totals.bytes) })
        : undefined;
  const alert =
    reason === 'items'
      ? labels.overItems
      : reason === 'bytes'
        ? fillTemplate(labels.overBytes, { size: formatFileSize(locale, totals.bytes) })
        : reason === 'refused'
          ? labels.refusedTitle
          : '';

  function removeRow(index: number) {
    const row = rows[index];
    if (!row) return;
    const next = rows[index + 1] ?? rows[index - 1];
    remove(row.key);
    const left = rows.filter((_, i) => i !== index);
    const bytes = left.reduce((sum, r) => sum + bytesOf(r), 0);
    setStatus(fillTemplate(labels.removed, { caption: row.facts.title, totals: totalsText(left.length, bytes) }));
    focusTarget.current = next ? `${next.facts.slug}/${next.facts.file}` : '';
  }

  return (
    <div className="mt-8 space-y-8">
      <div role="alert">{alert && <p className={`${box} border-fg font-semibold`}>{alert}</p>}</div>
      <p role="status" className={progress ? box : 'sr-only'}>
        {progress || status}
      </p>
      {basket.items.length === 0 && <p className={box}>{labels.empty}</p>}
      {rows.length > 0 && (
        <ul className="space-y-4">
          {rows.map((row, index) => (
            <BasketRow
              key={row.key}
              locale={locale}
              row={row}
              labels={labels}
              headingRef={(element) => {
                const file = `${row.facts.slug}/${row.facts.file}`;
                if (element) headings.current.set(file, element);
                else headings.current.delete(file);
              }}
              onRemove={() => removeRow(index)}
            />
          ))}
        </ul>
      )}
      {refused.length > 0 && (
        <section aria-labelledby="basket-refused" className={box}>
          <h2 id="basket-refused" className="text-lg font-semibold">
            {labels.refusedTitle}
          </h2>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            {refused.map((r) => (
              <li key={r.key} data-refused={r.key}>
                {r.reason === 'expired'
                  ? fillTemplate(labels.expired, { date: formatCalendarDate(locale, r.expires), key: r.key })
                  : fillTemplate(labels.unavailable, { key: r.key })}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className={`${button} mt-3`}
            onClick={() => {
              focusTarget.current = rows[0] ? `${rows[0].facts.slug}/${rows[0].facts.file}` : '';
              remove(...refused.map((r) => r.key));
            }}
          >
            {labels.removeUnavailable}
          </button>
        </section>
      )}
      {rows.length > 0 && (
        <form
          method="post"
          action={downloadAction}
          onSubmit={(event) => totals.over && event.preventDefault()}
          className={`${box} flex flex-wrap items-center gap-4`}
        >
          <input type="hidden" name="locale" value={locale} />
          {rows.map((row) => (
            <input key={row.key} type="hidden" name="item" value={row.key} />
          ))}
          <button
            type="submit"
            aria-disabled={totals.over ? true : undefined}
            aria-describedby={overText ? 'basket-totals basket-over' : 'basket-totals'}
            className="inline-flex min-h-11 items-center rounded-full bg-accent px-5 font-semibold text-accent-fg aria-disabled:opacity-60"
          >
            {labels.download}
          </button>
          <p id="basket-totals" data-bytes={totals.bytes} data-count={totals.count}>
            {totalsText(totals.count, totals.bytes)}
          </p>
          {overText && (
            <p id="basket-over" className="basis-full font-semibold">
              {overText}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
