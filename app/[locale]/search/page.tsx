import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/page-shell';
import { SearchBox } from '@/components/search/search-box';
import { Container } from '@/components/ui/container';
import { languageTag, locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { archivePath, pathsIn, recentSearchPath, searchPath } from '@/lib/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>) {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'search' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  // A results page is not a document of its own: search engines get the releases themselves.
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    alternates: pathsIn(locales, searchPath),
    feedTitle: meta('feedTitle'),
    noindex: true,
  });
}

/**
 * Static shell; the island reads ?q= and the filters from the URL and queries the Pagefind index in the browser, and
 * the releases lifted since the index was built (recent.json).
 */
export default async function SearchPage({ params }: PageProps<'/[locale]/search'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'search' });
  const releases = await getTranslations({ locale, namespace: 'releases' });
  const labels = {
    label: t('label'),
    submit: t('submit'),
    filters: t('filters'),
    any: t('any'),
    topic: releases('byTopic'),
    model: releases('byModel'),
    year: releases('byYear'),
    resultCount: t('resultCount', { count: '{count}' }),
    noResults: t('noResults'),
    loading: t('loading'),
    unavailable: t('unavailable'),
    more: t('more'),
    archiveLink: t('archiveLink'),
    inEnglish: releases('inEnglish'),
    inEnglishTitle: releases('inEnglishTitle'),
  };

  return (
    <PageShell locale={locale} alternates={pathsIn(locales, searchPath)} current={searchPath(locale)}>
      <Container className="py-10 sm:py-14">
        <div className="max-w-(--container-measure)">
          <h1 className="text-display font-extrabold">{t('title')}</h1>
          <p className="mt-4 text-lg text-muted">{t('intro')}</p>
          {/* Shown only without JavaScript (the no-js variant), where the search form is hidden. */}
          <p className="mt-6 hidden rounded-2xl border border-line bg-surface p-5 no-js:block">
            {t('noscript')}{' '}
            <a href={archivePath(locale)} className="font-semibold underline">
              {t('archiveLink')}
            </a>
          </p>
          <SearchBox
            action={searchPath(locale)}
            archiveHref={archivePath(locale)}
            recentUrl={recentSearchPath(locale)}
            numberLocale={languageTag[locale]}
            labels={labels}
          />
        </div>
      </Container>
    </PageShell>
  );
}
