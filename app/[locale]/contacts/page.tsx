import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactCard } from '@/components/contacts/contact-card';
import { PageShell } from '@/components/layout/page-shell';
import { Container } from '@/components/ui/container';
import { SectionHeading } from '@/components/ui/section-heading';
import { content } from '@/lib/content';
import { locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { contactsPath, pathsIn } from '@/lib/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/contacts'>) {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'contacts' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    alternates: pathsIn(locales, contactsPath),
    feedTitle: meta('feedTitle'),
  });
}

export default async function ContactsPage({ params }: PageProps<'/[locale]/contacts'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'contacts' });
  const regionNames = await getTranslations({ locale, namespace: 'regions' });
  const sections = content.contactsByRegion(locale);
  const alternates = pathsIn(locales, contactsPath);

  return (
    <PageShell locale={locale} alternates={alternates} current={contactsPath(locale)}>
      <Container className="py-10 sm:py-14">
        <h1 className="text-display font-extrabold">{t('title')}</h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">{t('intro')}</p>
        {sections.map(({ region, contacts }) => (
          <section key={region} aria-labelledby={`region-${region}`} className="mt-12">
            <SectionHeading id={`region-${region}`}>{regionNames(region)}</SectionHeading>
            <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
              {contacts.map((contact) => (
                <ContactCard key={contact.id} locale={locale} contact={contact} headingLevel={3} />
              ))}
            </div>
          </section>
        ))}
      </Container>
    </PageShell>
  );
}
