import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { content, type ReleaseFilter } from '@/lib/content';
import { locales, type Locale } from '@/lib/i18n/locales';
import { archivePath } from '@/lib/urls';
import { PageShell } from './page-shell';
import { ArchiveFilters } from './archive-filters';
import { Pagination } from './pagination';
import { ReleaseCard } from './release-card';
import { ButtonLink } from './ui/button-link';
import { Container } from './ui/container';

/**
 * The press-release archive: every public release of the locale (English where not translated), filtered and
 * paged. One view for the plain archive and every filter page, so they cannot drift apart.
 */
export async function ArchiveView({ locale, filter = {}, page = 1, heading }: { locale: Locale; filter?: ReleaseFilter; page?: number; heading?: string }) {
  const t = await getTranslations({ locale, namespace: 'releases' });
  const result = content.listReleases(locale, filter, page);
  if (page > result.pageCount) notFound();
  const alternates = Object.fromEntries(locales.map((l) => [l, archivePath(l, filter, page)]));
  const title = heading ?? t('title');

  return (
    <PageShell locale={locale} alternates={alternates} current={archivePath(locale)}>
      <Container className="py-12">
        <p id="untranslated" role="note" className="mb-8 hidden rounded-xl border border-accent bg-accent-soft p-4 target:block">
          {t('untranslatedNotice')}
        </p>
        <h1 className="text-display font-extrabold">{title}</h1>
        <p className="mt-3 text-muted">
          {t('count', { count: result.total })}
          {result.pageCount > 1 && ` · ${t('pageOf', { page, pageCount: result.pageCount })}`}
        </p>
        <ArchiveFilters locale={locale} active={filter} />
        <div className="mt-8">
          {result.items.length === 0 ? (
            <div className="rounded-2xl border border-dashed border-line p-10 text-center">
              <p className="text-lg">{t('empty')}</p>
              <p className="mt-4">
                <ButtonLink href={archivePath(locale)}>{t('emptyAction')}</ButtonLink>
              </p>
            </div>
          ) : (
            result.items.map((listing) => <ReleaseCard key={listing.release.slug} locale={locale} listing={listing} headingLevel={2} />)
          )}
        </div>
        <Pagination locale={locale} page={page} pageCount={result.pageCount} hrefFor={(p) => archivePath(locale, filter, p)} />
      </Container>
    </PageShell>
  );
}

/** Static params of an archive's pages 2..n (page 1 lives at the archive's own URL). */
export function pageNumberParams(locale: Locale, filter: ReleaseFilter = {}) {
  const { pageCount } = content.listReleases(locale, filter);
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => ({ page: String(i + 2) }));
}

/** A `/page/{n}` parameter: a whole number of 2 or more, or the localized 404 (page 1 has its own URL). */
export function pageNumber(value: string): number {
  if (!/^[1-9]\d{0,5}$/.test(value) || value === '1') notFound();
  return Number(value);
}
