import { getTranslations } from 'next-intl/server';
import type { Contact } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { vcardPath } from '@/lib/routing';

/** A press desk as an address card: name, role, e-mail and phone as links, and the desk as a vCard download. */
export async function ContactCard({
  locale,
  contact,
  headingLevel = 3,
}: {
  locale: Locale;
  contact: Contact;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: 'contacts' });
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="rounded-2xl border border-line bg-surface p-5">
      <Heading className="font-bold">{contact.name}</Heading>
      <p className="text-sm text-muted">{contact.role}</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">{t('email')}</dt>
        <dd>
          <a className="break-all text-accent underline" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </dd>
        <dt className="text-muted">{t('phone')}</dt>
        <dd>
          <a className="text-accent underline" dir="ltr" href={`tel:${contact.phone.replace(/\s+/g, '')}`}>
            {contact.phone}
          </a>
        </dd>
      </dl>
      <p className="mt-3 text-sm print:hidden">
        {/* The desk's name, for screen readers only, tells several cards' download links apart. */}
        <a className="text-accent underline" href={vcardPath(locale, contact.id)} download>
          {t('vcard')}
          <span className="sr-only">: {contact.name}</span>
        </a>
      </p>
    </div>
  );
}
