// The facade itself, not '@/lib/content': the press-kit download handler (pages/api) reaches this file too.
import { translator } from '@/lib/i18n/messages';
import { content } from '@/lib/content/facade';
import { releaseHtml, releasePlainText, type ReleaseTextParts } from '@/lib/content/plain-text';
import type { Release } from '@/lib/content/types';
import { env } from '@/lib/env';
import { datelineText } from '@/lib/i18n/dateline';
import { isolate, textAttributes } from '@/lib/i18n/locales';
import { releaseMarkdown } from '@/lib/press-kit/zip';
import { releasePath } from '@/lib/routing';

/**
 * A release's text as journalists take it away, in one place: "Copy text" on the release page (plain text and
 * HTML) and the press kit (plain text and Markdown) are built from the same parts. Everything is in the release's
 * own language, headings included: a French reader who copies the English original gets a coherent English text.
 */
function releaseTextParts(release: Release): ReleaseTextParts {
  const { locale } = release;
  const t = translator(locale);
  const dateline = datelineText(locale, release, (tags) => t.markup('release.dateline', tags));
  return {
    title: release.title,
    dateline,
    summary: release.summary,
    highlightsHeading: t('release.highlights'),
    highlights: release.highlights,
    bodyMarkdown: release.bodyMarkdown,
    bodyHtml: release.bodyHtml,
    contactsHeading: t('release.contacts'),
    // A phone number in a right-to-left text would otherwise be shown back to front ("0100 5555 21 86+").
    contacts: content.getContacts(release.contacts).map((c) => ({
      name: c.name[locale] ?? c.name.en,
      role: c.role[locale] ?? c.role.en,
      email: c.email,
      phone: isolate(c.phone, locale),
    })),
    url: `${env.siteUrl}${releasePath(locale, release.slug)}`,
    siteUrl: env.siteUrl,
    ...textAttributes(locale),
  };
}

export function releaseTexts(release: Release) {
  const parts = releaseTextParts(release);
  return { parts, text: releasePlainText(parts), html: releaseHtml(parts), markdown: releaseMarkdown(parts) };
}
