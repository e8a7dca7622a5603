import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/ui/json-ld';
import { PageShell } from '@/components/layout/page-shell';
import { FeaturedRelease } from '@/components/release/featured-release';
import { KeyFigures } from '@/components/ui/key-figures';
import { Prose } from '@/components/ui/prose';
import { ReleaseCard } from '@/components/release/release-card';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { SectionHeading } from '@/components/ui/section-heading';
import { content } from '@/lib/content';
import { env } from '@/lib/env';
import { locales, textAttributes } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { organization } from '@/lib/seo/structured-data';
import { archivePath, homePath, pagePath, pathsIn } from '@/lib/routing';

export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const meta = await getTranslations({ locale, namespace: 'meta' });
  return {
    ...pageMetadata({
      locale,
      title: meta('siteName'),
      description: meta('description'),
      alternates: pathsIn(locales, homePath),
      feedTitle: meta('feedTitle'),
    }),
    title: { absolute: meta('siteName') },
  };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'home' });
  const [featured, ...latest] = content.listReleases(locale, {}, 1, 7).items;
  const about = content.getSnippet(locale, 'about-smart');
  const alternates = pathsIn(locales, homePath);

  return (
    <PageShell locale={locale} alternates={alternates} current={homePath(locale)}>
      <JsonLd data={organization(env.siteUrl)} />
      <section className="border-b border-line bg-surface">
        <Container className="grid items-center gap-10 py-12 sm:py-16 lg:grid-cols-[1fr_minmax(0,560px)]">
          <div>
            {/* The page's heading with the site's name above it, which stays English in every language. */}
            <hgroup>
              <p className="text-sm font-semibold uppercase tracking-[0.25em] text-accent" {...textAttributes('en')}>
                Newsroom
              </p>
              <h1 className="mt-3 max-w-3xl text-display font-extrabold">{t('title')}</h1>
            </hgroup>
            <p className="mt-5 max-w-2xl text-lg text-muted">{t('intro')}</p>
          </div>
          {featured && <FeaturedRelease locale={locale} listing={featured} />}
        </Container>
      </section>

      <Container className="py-12">
        <KeyFigures locale={locale} heading={t('keyFacts')} />
      </Container>

      <Container className="py-12">
        <SectionHeading
          id="latest"
          action={
            <ButtonLink href={archivePath(locale)} variant="secondary">
              {t('allReleases')}
            </ButtonLink>
          }
        >
          {t('latest')}
        </SectionHeading>
        <div className="grid gap-x-10 md:grid-cols-2">
          {latest.map((listing) => (
            <ReleaseCard key={listing.release.slug} locale={locale} listing={listing} />
          ))}
        </div>
      </Container>

      {about && (
        <Container className="py-12">
          <SectionHeading id="about">{about.title}</SectionHeading>
          <Prose html={about.bodyHtml} />
          <p className="mt-6">
            <ButtonLink href={pagePath(locale, 'about')}>{t('aboutLink')}</ButtonLink>
          </p>
        </Container>
      )}
    </PageShell>
  );
}
