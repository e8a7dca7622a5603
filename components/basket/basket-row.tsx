import Image from 'next/image';
import type { ItemFacts } from '@/lib/basket/facts';
import type { Rendition } from '@/lib/basket/items';
import { setRendition } from '@/lib/basket/storage';
import { chosenOption, optionText } from '@/lib/basket/totals';
import { formatCalendarDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { BasketListLabels } from './basket-list';

/** One stored item with the facts the server sent for it. */
export type Row = { facts: ItemFacts; key: string; rendition: Rendition };

export const box = 'rounded-2xl border border-line bg-surface p-4';
export const button =
  'inline-flex min-h-11 items-center rounded-full border border-line px-4 font-semibold hover:border-fg';

/**
 * One item of the basket page's list (part of ./basket-list.tsx's island): thumbnail, caption as the heading that
 * takes focus after a removal, release, credit, terms, expiry, the size to download and its Remove button.
 */
export function BasketRow({
  locale,
  row,
  labels,
  headingRef,
  onRemove,
}: {
  locale: Locale;
  row: Row;
  labels: BasketListLabels;
  headingRef: (element: HTMLHeadingElement | null) => void;
  onRemove: () => void;
}) {
  const { facts } = row;
  const id = `basket-${facts.slug}-${facts.file}`.replace(/[^a-z0-9-]/g, '-');
  const chosen = chosenOption(facts.options, row.rendition);
  const term = 'text-muted';
  return (
    <li className={`${box} grid gap-4 sm:grid-cols-[8rem_minmax(0,1fr)]`} data-basket-item={row.key}>
      {facts.thumbnail ? (
        <Image
          src={facts.thumbnail.src}
          alt={facts.thumbnail.alt}
          {...facts.text}
          width={facts.thumbnail.width}
          height={facts.thumbnail.height}
          sizes="8rem"
          className="h-auto w-32 rounded-lg bg-bg object-contain"
        />
      ) : (
        <span
          aria-hidden="true"
          className="flex aspect-[3/2] w-32 items-center justify-center rounded-lg bg-bg text-sm font-bold text-muted"
        >
          {chosen?.type}
        </span>
      )}
      <div className="min-w-0 space-y-3 text-sm">
        <h2 id={id} ref={headingRef} tabIndex={-1} className="text-base font-semibold" {...facts.text}>
          {facts.title}
        </h2>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
          <dt className={term}>{labels.release}</dt>
          <dd>
            <a href={facts.releasePath} {...facts.text} className="underline underline-offset-4">
              {facts.releaseTitle}
            </a>
          </dd>
          {facts.credit && (
            <>
              <dt className={term}>{labels.credit}</dt>
              <dd>
                <bdi>{facts.credit}</bdi>
              </dd>
            </>
          )}
          {facts.usage && (
            <>
              <dt className={term}>{labels.usage}</dt>
              <dd>{facts.usage}</dd>
            </>
          )}
          {facts.expires && (
            <>
              <dt className={term}>{labels.expires}</dt>
              <dd>
                <time dateTime={facts.expires}>{formatCalendarDate(locale, facts.expires)}</time>
              </dd>
            </>
          )}
        </dl>
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col gap-1">
            <span className={term}>{labels.renditionLabel}</span>
            <select
              value={chosen?.rendition}
              onChange={(event) => {
                const option = facts.options.find((o) => o.rendition === event.target.value);
                if (option) setRendition(row.key, option.rendition);
              }}
              data-bytes={chosen?.bytes}
              className="min-h-11 max-w-full rounded-lg border border-line bg-bg px-2"
            >
              {facts.options.map((option) => (
                <option key={option.rendition} value={option.rendition}>
                  {optionText(locale, labels, option)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={onRemove} aria-describedby={id} className={button}>
            {labels.removeItem}
          </button>
        </div>
      </div>
    </li>
  );
}
