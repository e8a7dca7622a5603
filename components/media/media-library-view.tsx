import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { content, type MediaFilter } from '@/lib/content';
import { locales, type Locale } from '@/lib/i18n/locales';
import { mediaLibraryPath, pathsIn } from '@/lib/routing';
import { MediaFilters } from './media-filters';
import { MediaItem } from './media-item';
import { PageShell } from '../layout/page-shell';
import { ButtonLink } from '../ui/button-link';
import { Container } from '../ui/container';

/**
 * The media library: every image and video of the locale's public releases (English where not translated), newest release
 * first, filtered by topic or model and paged. One view for the library and all its filter pages.
 */
export async function MediaLibraryView({
  locale,
  filter = {},
  page = 1,
  heading,
}: {
  locale: Locale;
  filter?: MediaFilter;
  page?: number;
  heading?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'media' });
  const releases = await getTranslations({ locale, namespace: 'releases' });
  const result = content.listMedia(locale, filter, page);
  if (page > result.pageCount) notFound();
  const hrefFor = (p: number) => mediaLibraryPath(locale, filter, p);
  const pager = 'inline-flex min-h-11 items-center rounded-full border border-line px-4 font-semibold hover:border-fg';

  return (
    <PageShell
      locale={locale}
      alternates={pathsIn(locales, (l) => mediaLibraryPath(l, filter, page))}
      current={mediaLibraryPath(locale)}
    >
      <Container className="py-12">
        <h1 className="text-display font-extrabold">{heading ?? t('title')}</h1>
        <p className="mt-3 max-w-(--container-measure) text-muted">{t('intro')}</p>
        <p className="mt-3 text-sm font-semibold" data-media-count={result.total}>
          {t('count', { count: result.images })}
          {result.videos > 0 && ` · ${t('videoCount', { count: result.videos })}`}
          {result.pageCount > 1 && ` · ${releases('pageOf', { page, pageCount: result.pageCount })}`}
        </p>
        <MediaFilters locale={locale} active={filter} />
        {result.items.length === 0 ? (
          <div className="mt-8 rounded-2xl border border-dashed border-line p-10 text-center">
            <p className="text-lg">{t('empty')}</p>
            <p className="mt-4">
              <ButtonLink href={mediaLibraryPath(locale)}>{t('emptyAction')}</ButtonLink>
            </p>
          </div>
        ) : (
          <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {result.items.map((item, i) => (
              <li
                key={`${item.release.slug}/${item.kind === 'image' ? item.image.file : item.video.file}`}
                className="flex"
              >
                <MediaItem locale={locale} item={item} id={`media-${i + 1}`} />
              </li>
            ))}
          </ul>
        )}
        {result.pageCount > 1 && (
          <nav aria-label={t('pagination')} className="mt-10 flex flex-wrap items-center justify-between gap-4 text-sm">
            {page > 1 ? (
              <a className={pager} rel="prev" href={hrefFor(page - 1)}>
                {t('newer')}
              </a>
            ) : (
              <span />
            )}
            <span className="text-muted">{releases('pageOf', { page, pageCount: result.pageCount })}</span>
            {page < result.pageCount ? (
              <a className={pager} rel="next" href={hrefFor(page + 1)}>
                {t('older')}
              </a>
            ) : (
              <span />
            )}
          </nav>
        )}
      </Container>
    </PageShell>
  );
}
