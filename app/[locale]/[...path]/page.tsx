import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs, type Crumb } from '@/components/ui/breadcrumbs';
import { JsonLd } from '@/components/ui/json-ld';
import { PageShell } from '@/components/layout/page-shell';
import { KeyFigures } from '@/components/ui/key-figures';
import { Prose } from '@/components/ui/prose';
import { Container } from '@/components/ui/container';
import { content } from '@/lib/content';
import { env } from '@/lib/env';
import { locales, textAttributes, type Locale } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { OG_SIZE } from '@/lib/og/card';
import { breadcrumbList } from '@/lib/seo/structured-data';
import { homePath, pageOgImagePath, pagePath, pathsIn } from '@/lib/routing';

/**
 * Brand pages by their content path, in every language: a page not yet translated shows the English one inside
 * that language's interface and says so. Any other path under a locale is the localized 404.
 */
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return content.pagePathsIn(localeParam(params.locale)).map((path) => ({ path: path.split('/') }));
}

function findPage(locale: Locale, segments: string[]) {
  return content.getPageListing(locale, segments.map(decodeURIComponent).join('/'));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[...path]'>): Promise<Metadata> {
  const { locale: raw, path } = await params;
  const locale = localeParam(raw);
  const listing = findPage(locale, path);
  if (!listing) return {};
  const { page, isFallback } = listing;
  const meta = await getTranslations({ locale, namespace: 'meta' });
  return pageMetadata({
    locale,
    title: page.title,
    description: page.description,
    alternates: pathsIn(content.pageLocales(page.path), (l) => pagePath(l, page.path)),
    canonical: isFallback ? pagePath(page.locale, page.path) : undefined,
    feedTitle: meta('feedTitle'),
    image: { url: pageOgImagePath(page.locale, page.path), ...OG_SIZE, alt: page.title },
  });
}

export default async function BrandPage({ params }: PageProps<'/[locale]/[...path]'>) {
  const { locale: raw, path } = await params;
  const locale = localeParam(raw);
  setRequestLocale(locale);
  const listing = findPage(locale, path);
  if (!listing) notFound();
  const { page, isFallback } = listing;
  const text = isFallback ? textAttributes(page.locale) : {};

  const nav = await getTranslations({ locale, namespace: 'nav' });
  const alternates = pathsIn(locales, (l) => pagePath(l, page.path));
  const trail: Crumb[] = [
    { href: homePath(locale), label: nav('home') },
    ...content
      .pageTrail(locale, page.path)
      .map((ancestor) => ({ href: pagePath(locale, ancestor.path), label: ancestor.title })),
  ];
  const segments = page.path.split('/');
  const children = content.childPages(locale, page.path);
  const top = segments[0] ?? page.path;

  return (
    <PageShell locale={locale} alternates={alternates} current={pagePath(locale, top)}>
      {segments.length > 1 && <JsonLd data={breadcrumbList(env.siteUrl, trail)} />}
      <Container className="py-10 sm:py-14">
        {segments.length > 1 && <Breadcrumbs locale={locale} trail={trail} />}
        {isFallback && (
          <p
            role="note"
            className="mt-6 max-w-2xl rounded-xl border border-accent bg-accent-soft p-4 text-sm print:hidden"
            data-fallback-notice
          >
            {nav('pageInEnglish')}
          </p>
        )}
        <h1 className="mt-6 max-w-3xl text-display font-extrabold" {...text}>
          {page.title}
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-muted" {...text}>
          {page.description}
        </p>
        {page.keyFigures && (
          <div className="mt-10">
            <KeyFigures locale={locale} heading={(await getTranslations({ locale, namespace: 'home' }))('keyFacts')} />
          </div>
        )}
        <div className="mt-10 grid gap-12 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <div {...text}>
            <Prose html={page.bodyHtml} />
          </div>
          {children.length > 0 && (
            <nav aria-labelledby="section-nav" className="lg:order-last">
              <h2 id="section-nav" className="mb-3 text-sm font-bold uppercase tracking-wide text-muted">
                {nav('section')}
              </h2>
              <ul className="space-y-2">
                {children.map((child) => (
                  <li key={child.path}>
                    <a
                      href={pagePath(locale, child.path)}
                      className="block rounded-xl border border-line bg-surface p-4 hover:border-fg"
                    >
                      <span className="font-semibold">{child.title}</span>
                      <span className="mt-1 block text-sm text-muted">{child.description}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
      </Container>
    </PageShell>
  );
}
