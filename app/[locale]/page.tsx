import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/page-shell';
import { Prose } from '@/components/prose';
import { ReleaseCard } from '@/components/release-card';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { SectionHeading } from '@/components/ui/section-heading';
import { content } from '@/lib/content';
import { locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { archivePath, homePath, pagePath } from '@/lib/urls';

export const revalidate = 60;

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'home' });
  const latest = content.listReleases(locale, {}, 1, 6).items;
  const about = content.getSnippet(locale, 'about-smart');
  const figures = content.keyFigures(locale);
  const alternates = Object.fromEntries(locales.map((l) => [l, homePath(l)]));

  return (
    <PageShell locale={locale} alternates={alternates} current={homePath(locale)}>
      <section className="border-b border-line bg-surface">
        <Container className="py-14 sm:py-20">
          <p className="text-sm font-semibold uppercase tracking-[0.25em] text-accent">Newsroom</p>
          <h1 className="mt-3 max-w-3xl text-display font-extrabold">{t('title')}</h1>
          <p className="mt-5 max-w-2xl text-lg text-muted">{t('intro')}</p>
        </Container>
      </section>

      {figures.length > 0 && (
        <Container className="py-12">
          <SectionHeading id="figures">{t('keyFacts')}</SectionHeading>
          <dl className="grid gap-6 sm:grid-cols-3">
            {figures.map((figure) => (
              <div key={figure.id} className="rounded-2xl border border-line bg-surface p-6">
                <dt className="text-sm text-muted">{figure.label}</dt>
                <dd className="order-first text-4xl font-extrabold tracking-tight text-accent">{figure.value}</dd>
              </div>
            ))}
          </dl>
        </Container>
      )}

      <Container className="py-12">
        <SectionHeading id="latest" action={<ButtonLink href={archivePath(locale)} variant="secondary">{t('allReleases')}</ButtonLink>}>
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
