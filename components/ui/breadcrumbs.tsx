import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

export type Crumb = { href: string; label: string };

/** Where a nested page sits: every ancestor as a link, the page itself marked as current. */
export async function Breadcrumbs({ locale, trail }: { locale: Locale; trail: Crumb[] }) {
  if (trail.length < 2) return null;
  const t = await getTranslations({ locale, namespace: 'nav' });
  return (
    <nav aria-label={t('breadcrumb')} className="text-sm text-muted print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((crumb, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={crumb.href} className="flex items-center gap-2">
              {last ? (
                <a href={crumb.href} aria-current="page" className="font-semibold text-fg">
                  {crumb.label}
                </a>
              ) : (
                <>
                  <a href={crumb.href} className="hover:text-fg hover:underline">
                    {crumb.label}
                  </a>
                  <span aria-hidden="true" className="rtl:rotate-180">
                    ›
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
