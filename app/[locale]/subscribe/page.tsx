import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alertsError } from '@/components/alerts/notes';
import { PageShell } from '@/components/layout/page-shell';
import { SubscribeForm } from '@/components/alerts/subscribe-form';
import { Container } from '@/components/ui/container';
import { LabelledSection } from '@/components/ui/labelled-section';
import { postedChoice, postedFormOfRequest } from '@/lib/alerts/posted-form';
import { locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { pathsIn, subscribePath } from '@/lib/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe'>) {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    alternates: pathsIn(locales, subscribePath),
    feedTitle: meta('feedTitle'),
  });
}

/**
 * /{locale}/subscribe: the full sign-up form (languages, topics) and how the alerts work. `?error=` explains a
 * refusal, and the refused form comes back as it was sent (from the cookie the form's handler set, never the URL).
 */
export default async function SubscribePage({ params, searchParams }: PageProps<'/[locale]/subscribe'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const error = alertsError((await searchParams).error);
  const posted = error ? await postedFormOfRequest() : undefined;
  const filled =
    posted?.form === 'subscribe' && !posted.sent ? { email: posted.email, choice: postedChoice(posted) } : undefined;
  const t = await getTranslations({ locale, namespace: 'alerts' });

  return (
    <PageShell locale={locale} alternates={pathsIn(locales, subscribePath)} current={subscribePath(locale)}>
      <Container className="py-10 sm:py-14">
        <h1 className="text-display font-extrabold">{t('title')}</h1>
        <p className="mt-4 max-w-(--container-measure) text-lg text-muted">{t('intro')}</p>
        <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="rounded-2xl border border-line bg-surface p-5 sm:p-8">
            <SubscribeForm locale={locale} variant="full" error={error} filled={filled} />
          </div>
          <LabelledSection id="how" heading={t('howTitle')}>
            <ol className="list-decimal space-y-3 ps-5 text-sm">
              <li>{t('how1')}</li>
              <li>{t('how2')}</li>
              <li>{t('how3')}</li>
            </ol>
          </LabelledSection>
        </div>
      </Container>
    </PageShell>
  );
}
