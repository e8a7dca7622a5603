import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { content, type ReleaseFilter } from '@/lib/content';
import { joinLabels } from '@/lib/i18n/format';
import { locales, type Locale } from '@/lib/i18n/locales';
import { archivePath, feedPath, pathsIn } from '@/lib/routing';
import { laterPageParams } from '@/lib/routing/prerender';
import { activeFacets } from '@/lib/archive/facets';
import { PageShell } from '../layout/page-shell';
import { activeFilterLabels, ArchiveFilters } from './archive-filters';
import { Pagination } from '../ui/pagination';
import { ReleaseCard } from '../release/release-card';
import { SubscribeForm } from '../alerts/subscribe-form';
import { ButtonLink } from '../ui/button-link';
import { Container } from '../ui/container';

/**
 * The press-release archive: every public release of the locale (English where not translated), filtered and
 * paged. One view for the plain archive and every filter page, so they cannot drift apart.
 */
export async function ArchiveView({
  locale,
  filter = {},
  page = 1,
}: {
  locale: Locale;
  filter?: ReleaseFilter;
  page?: number;
}) {
  const t = await getTranslations({ locale, namespace: 'releases' });
  const result = content.listReleases(locale, filter, page);
  if (page > result.pageCount) notFound();
  const alternates = pathsIn(locales, (l) => archivePath(l, filter, page));
  const title = await archiveTitle(locale, filter);

  return (
    <PageShell locale={locale} alternates={alternates} current={archivePath(locale)}>
      <Container className="py-12">
        <h1 className="text-display font-extrabold">{title}</h1>
        <p className="mt-3 text-muted">
          {t('count', { count: result.total })}
          {result.pageCount > 1 && ` · ${t('pageOf', { page, pageCount: result.pageCount })}`}
        </p>
        <FeedLinks locale={locale} filter={filter} label={t('subscribeRss')} />
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
            result.items.map((listing) => (
              <ReleaseCard key={listing.release.slug} locale={locale} listing={listing} headingLevel={2} />
            ))
          )}
        </div>
        <Pagination
          locale={locale}
          page={page}
          pageCount={result.pageCount}
          hrefFor={(p) => archivePath(locale, filter, p)}
        />
        <SubscribeForm locale={locale} variant="compact" className="mt-12 max-w-xl" />
      </Container>
    </PageShell>
  );
}

/** This archive's feeds (a topic archive: that topic's; otherwise all releases) as plain links. */
function FeedLinks({ locale, filter, label }: { locale: Locale; filter: ReleaseFilter; label: string }) {
  const link =
    'inline-flex min-h-6 items-center gap-1.5 underline decoration-line underline-offset-4 hover:decoration-fg';
  return (
    <p className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <a href={feedPath(locale, 'rss', filter.topic)} type="application/rss+xml" className={`${link} font-semibold`}>
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="size-4 shrink-0 fill-current">
          <circle cx="6" cy="18" r="2.5" />
          <path d="M3.5 3.5a17 17 0 0 1 17 17h-3.2A13.8 13.8 0 0 0 3.5 6.7zm0 6.3a10.7 10.7 0 0 1 10.7 10.7H11a7.5 7.5 0 0 0-7.5-7.5z" />
        </svg>
        {label}
      </a>
      <a href={feedPath(locale, 'atom', filter.topic)} type="application/atom+xml" className={link}>
        Atom
      </a>
      <a href={feedPath(locale, 'json', filter.topic)} type="application/feed+json" className={link}>
        JSON Feed
      </a>
    </p>
  );
}

/** Static params of an archive's pages 2..n (page 1 lives at the archive's own URL). */
export function pageNumberParams(locale: Locale, filter: ReleaseFilter = {}) {
  return laterPageParams(content.listReleases(locale, filter).pageCount);
}

/** A `/page/{n}` parameter: a whole number of 2 or more, or the localized 404 (page 1 has its own URL). */
export function pageNumber(value: string): number {
  if (!/^[1-9]\d{0,5}$/.test(value) || value === '1') notFound();
  return Number(value);
}

/** An archive's title: "Press releases", one filter's own wording, or the combined filters in URL order. */
async function archiveTitle(locale: Locale, filter: ReleaseFilter): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'releases' });
  const labels = await activeFilterLabels(locale, filter);
  const [only] = labels;
  if (only === undefined) return t('title');
  if (labels.length > 1) return t('filteredTitle', { filters: joinLabels(locale, labels) });
  if (filter.topic) return t('topicTitle', { label: only });
  if (filter.model) return t('modelTitle', { label: only });
  return t('yearTitle', { year: only });
}

/**
 * Metadata of an archive page: its own URL in every locale, and the topic's feeds on a topic archive. Combined
 * filters are for readers, not search engines: they are `noindex` (links still followed) and not in the sitemap,
 * which lists every single filter; otherwise their number would multiply with each topic, model and year.
 */
export async function archiveMetadata(locale: Locale, filter: ReleaseFilter, page: number): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'releases' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  const title = await archiveTitle(locale, filter);
  return pageMetadata({
    locale,
    title:
      page > 1
        ? `${title} · ${t('pageOf', { page, pageCount: content.listReleases(locale, filter).pageCount })}`
        : title,
    description: t('intro'),
    alternates: pathsIn(locales, (l) => archivePath(l, filter, page)),
    noindex: activeFacets(filter).length > 1,
    feedTitle: filter.topic
      ? `${meta('feedTitle')} – ${await archiveTitle(locale, { topic: filter.topic })}`
      : meta('feedTitle'),
    feedTopic: filter.topic,
  });
}
