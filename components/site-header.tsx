import { getTranslations } from 'next-intl/server';
import { content } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { archivePath, contactsPath, homePath, pagePath } from '@/lib/urls';
import { Container } from './ui/container';
import { LanguageSwitcher, type Alternates } from './language-switcher';
import { ThemeToggle } from './theme-toggle';

export async function SiteHeader({ locale, alternates, current }: { locale: Locale; alternates: Alternates; current?: string }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const items = [
    { href: archivePath(locale), label: t('releases') },
    ...content.mainNavigation(locale).map((page) => ({ href: pagePath(locale, page.path), label: page.title })),
    { href: contactsPath(locale), label: t('contacts') },
  ];
  return (
    <header className="border-b border-line bg-surface/80 print:hidden">
      <Container className="flex items-center justify-between gap-4 py-3">
        <a href={homePath(locale)} className="flex items-baseline gap-2 rounded">
          <span className="text-2xl font-extrabold tracking-tight" lang="en">
            smart
          </span>
          <span className="text-xs font-medium uppercase tracking-[0.15em] text-muted sm:text-sm sm:tracking-[0.2em]" lang="en">Newsroom</span>
          <span className="sr-only">: {t('home')}</span>
        </a>
        <div className="flex items-center gap-2">
          <ThemeToggle label={t('darkMode')} />
          <LanguageSwitcher locale={locale} alternates={alternates} />
        </div>
      </Container>
      <nav aria-label={t('main')}>
        <Container>
          <ul className="-mb-px flex gap-1 overflow-x-auto text-sm font-semibold">
            {items.map((item) => {
              const active = current !== undefined && (current === item.href || current.startsWith(`${item.href}/`));
              return (
                <li key={item.href} className="shrink-0">
                  <a
                    href={item.href}
                    aria-current={active ? 'page' : undefined}
                    className="inline-block border-b-2 border-transparent px-2 py-3 text-muted hover:text-fg aria-[current]:border-accent aria-[current]:text-fg"
                  >
                    {item.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </Container>
      </nav>
    </header>
  );
}
