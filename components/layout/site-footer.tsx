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
    <footer className="mt-20 below-fold border-t border-line bg-surface print:hidden">
      <Container className="grid gap-8 py-10 sm:grid-cols-[2fr_1fr_1fr]">
        <div>
          <p className="text-2xl font-extrabold tracking-tight" {...textAttributes('en')}>
            smart
          </p>
          <p className="mt-2 max-w-sm text-sm text-muted">{t('tagline')}</p>
        </div>
        <FooterLinks
          id="footer-journalists"
          heading={t('forJournalists')}
          links={[
            { href: archivePath(locale), label: nav('releases') },
            { href: subscribePath(locale), label: nav('alerts') },
            { href: mediaLibraryPath(locale), label: nav('media') },
            { href: searchPath(locale), label: nav('search') },
            { href: contactsPath(locale), label: nav('contacts') },
          ]}
        />
        <FooterLinks
          id="footer-brand"
          heading={t('aboutBrand')}
          links={pages.map((page) => ({ href: pagePath(locale, page.path), label: page.title }))}
        />
      </Container>
      <Container className="border-t border-line py-4 text-xs text-muted">
        <p>{t('legal', { year: new Date().getFullYear() })}</p>
      </Container>
    </footer>
  );
}

/** A column of footer links under its heading, a navigation landmark of its own. */
function FooterLinks({
  id,
  heading,
  links,
}: {
  id: string;
  heading: string;
  links: { href: string; label: string }[];
}) {
  return (
    <nav aria-labelledby={id}>
      <h2 id={id} className="text-sm font-bold">
        {heading}
      </h2>
      <ul className="mt-3 space-y-2 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <a className="hover:underline" href={link.href}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
