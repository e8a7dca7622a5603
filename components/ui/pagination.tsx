import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

/** Previous/next links plus the position; plain links, so paging works without JavaScript. */
export async function Pagination({
  locale,
  page,
  pageCount,
  hrefFor,
}: {
  locale: Locale;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'releases' });
  const link = 'inline-flex min-h-11 items-center rounded-full border border-line px-4 font-semibold hover:border-fg';
  return (
    <nav aria-label={t('pagination')} className="mt-10 flex flex-wrap items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <a className={link} rel="prev" href={hrefFor(page - 1)}>
          {t('newer')}
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">{t('pageOf', { page, pageCount })}</span>
      {page < pageCount ? (
        <a className={link} rel="next" href={hrefFor(page + 1)}>
          {t('older')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
