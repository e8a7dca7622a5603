import type { createQueries } from '@/lib/content/queries';
import { releaseTextParts } from '@/lib/content/release-text';
import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import type { ComposeAlert } from './delivery';
import { alertEmail } from './emails';
import { preferencesLink, unsubscribeLinks } from './links';
import { mailDomain } from './mail-ids';
import type { AlertRelease } from './matching';

/**
 * What the sender needs from the content: the releases public right now (through the same isPublic gate as every
 * page, so an embargoed release cannot be mailed early), and an alert e-mail composed from one of them.
 */
type Content = ReturnType<typeof createQueries>;

export function publicReleases(content: Content): AlertRelease[] {
  return content.releaseGroups().flatMap(({ slug, translations }) => {
    const versions = [...translations.values()];
    const primary = translations.get(defaultLocale) ?? versions[0];
    if (!primary) return [];
    // The instant it became public: its earliest public translation.
    const publishedAt = versions.reduce(
      (earliest, v) => (Date.parse(v.publishedAt) < Date.parse(earliest) ? v.publishedAt : earliest),
      primary.publishedAt,
    );
    return [{ slug, publishedAt, topics: primary.topics, locales: [...translations.keys()] }];
  });
}

export function alertComposer(options: {
  content: Content;
  secret: string;
  siteUrl: string;
  from: string;
  now: () => Date;
}): ComposeAlert {
  const { content, secret, siteUrl, from } = options;
  // A run writes to thousands of subscribers about a handful of releases: each release's text is made once per
  // language, not once per e-mail.
  const texts = new Map<string, { text: ReturnType<typeof releaseTextParts>; language: Locale }>();
  const releaseText = (slug: string, locale: Locale) => {
    const key = `${slug}/${locale}`;
    let made = texts.get(key);
    if (!made) {
      const release = content.getRelease(locale, slug) ?? content.getRelease(defaultLocale, slug);
      if (!release) throw new Error(`release ${slug} is not public in ${locale} or English`);
      made = {
        text: releaseTextParts(release, content.contacts(release.locale, release.contacts), siteUrl),
        language: release.locale,
      };
      texts.set(key, made);
    }
    return made;
  };
  return (subscriber, slug, locale, messageId) => {
    const { text, language } = releaseText(slug, locale);
    const signer = { secret, siteUrl, now: options.now() };
    return alertEmail(
      { locale: language, to: subscriber.email, from, messageId },
      text,
      {
        ...unsubscribeLinks(signer, language, subscriber.id),
        preferences: preferencesLink(signer, language, subscriber.id),
      },
      `alerts.${mailDomain(from)}`,
    );
  };
}
