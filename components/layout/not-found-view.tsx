import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/lib/i18n/locales';
import { archivePath, homePath, pathsIn } from '@/lib/routing';
import { PageShell } from './page-shell';
import { ButtonLink } from '../ui/button-link';
import { Container } from '../ui/container';

/** The localized "page not found" page. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  const alternates = pathsIn(locales, homePath);
  return (
    <PageShell locale={locale} alternates={alternates}>
      <Container className="py-20">
        <p className="text-sm font-semibold uppercase tracking-[0.25em] text-accent">404</p>
        <h1 className="mt-3 text-display font-extrabold">{t('title')}</h1>
        <p className="mt-4 max-w-xl text-lg text-muted">{t('body')}</p>
        <p className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href={homePath(locale)}>{t('home')}</ButtonLink>
          <ButtonLink href={archivePath(locale)} variant="secondary">
            {t('releases')}
          </ButtonLink>
        </p>
      </Container>
    </PageShell>
  );
}
