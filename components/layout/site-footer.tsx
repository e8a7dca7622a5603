import { getTranslations } from 'next-intl/server';
import { content } from '@/lib/content';
import { textAttributes, type Locale } from '@/lib/i18n/locales';
import { archivePath, contactsPath, mediaLibraryPath, pagePath, searchPath, subscribePath } from '@/lib/routing';
import { Container } from '../ui/container';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'footer' });
  const nav = await getTranslations({ locale, namespace: 'nav' });
  const pages = content.mainNavigation(locale);
  return (
    <footer className="mt-20 border-t border-line bg-surface print:hidden">
      <Container className="grid gap-8 py-10 sm:grid-cols-[2fr_1fr_1fr]">
        <div>
          <p className="text-2xl font-extrabold tracking-tight" {...textAttributes('en')}>
            smart
          </p>
          <p className="mt-2 max-w-sm text-sm text-muted">{t('tagline')}</p>
        </div>
        <nav aria-labelledby="footer-journalists">
          <h2 id="footer-journalists" className="text-sm font-bold">
            {t('forJournalists')}
          </h2>
          <ul className="mt-3 space-y-2 text-sm">
            <li>
              <a className="hover:underline" href={archivePath(locale)}>
                {nav('releases')}
              </a>
            </li>
            <li>
              <a className="hover:underline" href={subscribePath(locale)}>
                {nav('alerts')}
              </a>
            </li>
            <li>
              <a className="hover:underline" href={mediaLibraryPath(locale)}>
                {nav('media')}
              </a>
            </li>
            <li>
              <a className="hover:underline" href={searchPath(locale)}>
                {nav('search')}
              </a>
            </li>
            <li>
              <a className="hover:underline" href={contactsPath(locale)}>
                {nav('contacts')}
              </a>
            </li>
          </ul>
        </nav>
        <nav aria-labelledby="footer-brand">
          <h2 id="footer-brand" className="text-sm font-bold">
            {t('aboutBrand')}
          </h2>
          <ul className="mt-3 space-y-2 text-sm">
            {pages.map((page) => (
              <li key={page.path}>
                <a className="hover:underline" href={pagePath(locale, page.path)}>
                  {page.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
      <Container className="border-t border-line py-4 text-xs text-muted">
        <p>{t('legal', { year: new Date().getFullYear() })}</p>
      </Container>
    </footer>
  );
}
