import { getTranslations } from 'next-intl/server';
import { LabelledSection } from '@/components/ui/labelled-section';
import { SubscribeForm } from '@/components/alerts/subscribe-form';
import { ContactCard } from '@/components/contacts/contact-card';
import { Badge } from '@/components/ui/badge';
import type { Contact, Release, ReleaseListing } from '@/lib/content';
import { formatDate } from '@/lib/i18n/format';
import { endonym, languageTag, textAttributes, type Locale } from '@/lib/i18n/locales';
import { archivePath, releasePath } from '@/lib/routing';
import { ReleaseDownloads } from './release-downloads';
import { ShareLinks } from './release-tools';

/** The side column of a release page: press contacts, downloads, sharing, models, related releases, languages. */
export async function ReleaseAside({
  locale,
  release,
  url,
  contacts,
  related,
  translations,
}: {
  locale: Locale;
  release: Release;
  url: string;
  contacts: readonly Contact[];
  related: readonly ReleaseListing[];
  /** The languages the release is written in. */
  translations: readonly Locale[];
}) {
  const t = await getTranslations({ locale, namespace: 'release' });
  const models = await getTranslations({ locale, namespace: 'models' });
  const slug = release.slug;
  return (
    <aside className="space-y-8 print:mt-5">
      <LabelledSection id="contacts" heading={t('contacts')} className="scroll-mt-20">
        <div className="space-y-4 print:grid print:grid-cols-2 print:gap-4 print:space-y-0">
          {contacts.map((contact) => (
            <ContactCard key={contact.id} locale={locale} contact={contact} />
          ))}
        </div>
      </LabelledSection>
      <ReleaseDownloads locale={locale} release={release} />
      <ShareLinks locale={locale} url={url} title={release.title} />
      {release.models.length > 0 && (
        <LabelledSection id="models" heading={t('models')} className="print:hidden">
          <ul className="flex flex-wrap gap-2">
            {release.models.map((model) => (
              <li key={model}>
                <a href={archivePath(locale, { model })} className="rounded-full">
                  <Badge>{models(model)}</Badge>
                </a>
              </li>
            ))}
          </ul>
        </LabelledSection>
      )}
      {related.length > 0 && (
        <LabelledSection id="related" heading={t('related')} className="print:hidden">
          <ul className="space-y-3 text-sm">
            {related.map(({ release: r, isFallback: inEnglish }) => (
              <li key={r.slug}>
                <a
                  className="font-semibold hover:underline"
                  href={releasePath(locale, r.slug)}
                  {...(inEnglish ? textAttributes(r.locale) : {})}
                >
                  {r.title}
                </a>
                <span className="block text-muted">
                  <time dateTime={r.publishedAt}>{formatDate(locale, r.publishedAt, r.timeZone)}</time>
                </span>
              </li>
            ))}
          </ul>
        </LabelledSection>
      )}
      {translations.some((l) => l !== locale) && (
        <LabelledSection id="languages" heading={t('alsoAvailableIn')} className="print:hidden">
          <ul className="space-y-1 text-sm">
            {translations
              .filter((l) => l !== locale)
              .map((l) => (
                <li key={l}>
                  <a
                    className="text-accent underline"
                    href={releasePath(l, slug)}
                    hrefLang={languageTag[l]}
                    {...textAttributes(l)}
                  >
                    {endonym[l]}
                  </a>
                </li>
              ))}
          </ul>
        </LabelledSection>
      )}
      <SubscribeForm locale={locale} variant="compact" />
    </aside>
  );
}
