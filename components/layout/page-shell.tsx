import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { Alternates } from './language-switcher';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * Header, main landmark and footer around every page. Each page passes the URLs of its own translations so that
 * the language switcher can keep the reader on the same page.
 */
export function PageShell({
  locale,
  alternates,
  current,
  children,
}: {
  locale: Locale;
  alternates: Alternates;
  current?: string;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current={current} />
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
