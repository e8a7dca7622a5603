import { getTranslations } from 'next-intl/server';
import { content } from '@/lib/content';
import { textAttributes, type Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pluralTemplates } from '@/lib/i18n/plural-templates';
import { archivePath, basketPath, contactsPath, homePath, mediaLibraryPath, pagePath, searchPath } from '@/lib/routing';
import { BasketLink } from '../basket/basket-link';
import { Container } from '../ui/container';
import { LanguageSwitcher, type Alternates } from './language-switcher';
import { ThemeToggle } from './theme-toggle';

export async function SiteHeader({
  locale,
  alternates,
  current,
}: {
  locale: Locale;
  alternates: Alternates;
  current?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const items = [
    { href: archivePath(locale), label: t('releases') },
    { href: mediaLibraryPath(locale), label: t('media') },
    ...content.mainNavigation(locale).map((page) => ({ href: pagePath(locale, page.path), label: page.title })),
    { href: contactsPath(locale), label: t('contacts') },
  ];
  return (
    <header className="border-b border-line bg-surface/80 print:hidden">
      <Container className="flex items-center justify-between gap-3 py-3">
        <a href={homePath(locale)} className="flex items-baseline gap-2 rounded">
          <span className="text-2xl font-extrabold tracking-tight" {...textAttributes('en')}>
            smart
          </span>
          <span
            className="hidden text-xs font-medium uppercase tracking-[0.15em] text-muted xs:inline sm:text-sm sm:tracking-[0.2em]"
            {...textAttributes('en')}
          >
            Newsroom
          </span>
          <span className="sr-only">: {t('home')}</span>
        </a>
        <div className="flex items-center gap-1.5 sm:gap-2">
          {/* A plain link: the search script loads on the search page only. */}
          <a
            href={searchPath(locale)}
            aria-current={current === searchPath(locale) ? 'page' : undefined}
            className="inline-flex size-11 items-center justify-center rounded-full border border-line hover:border-fg aria-[current]:border-fg"
          >
            <span className="sr-only">{t('search')}</span>
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
              <circle cx="11" cy="11" r="7" />
              <path d="m20 20-3.5-3.5" />
            </svg>
          </a>
          <BasketLink
            locale={locale}
            href={basketPath(locale)}
            text={messages(locale).basket.linkText}
            named={pluralTemplates(messages(locale).basket.link)}
            current={current === basketPath(locale)}
          />
          <ThemeToggle label={t('darkMode')} />
          <LanguageSwitcher locale={locale} alternates={alternates} />
        </div>
      </Container>
      <nav aria-label={t('main')}>
        <Container>
          <ul className="-mb-px flex flex-wrap gap-x-1 text-sm font-semibold">
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
