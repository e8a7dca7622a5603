import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { subscribePath } from '@/lib/routing';
import { PageShell } from '../layout/page-shell';
import { Container } from '../ui/container';

/** The frame of every journalist-alerts page: the site shell, a heading and a readable measure. */
export function AlertsPage({
  locale,
  title,
  alternates,
  children,
}: {
  locale: Locale;
  title: string;
  alternates: Partial<Record<Locale, string>>;
  children: ReactNode;
}) {
  return (
    <PageShell locale={locale} alternates={alternates} current={subscribePath(locale)}>
      <Container className="py-10 sm:py-14">
        <div className="max-w-(--container-measure)">
          <h1 className="text-display font-extrabold">{title}</h1>
          {children}
        </div>
      </Container>
    </PageShell>
  );
}
