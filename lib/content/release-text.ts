import type { Contact, Release } from '@/lib/content/types';
import { escapeHtml } from '@/lib/html-escape';
import { datelineText } from '@/lib/i18n/dateline';
import { isolate, textAttributes } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { releasePath } from '@/lib/routing';
import { markdownToPlainText } from './plain-text';

/**
 * A release's text as journalists take it away, assembled once: "Copy text" on the release page (plain text and
 * HTML), the press kit (plain text and Markdown) and the alert e-mail (title, dateline, summary, contacts) are built
 * from the same parts. Everything is in the release's own language, headings included: a French reader who copies
 * the English original gets a coherent English text. Pure: callers pass the contacts (in the release's language)
 * and the site's address, so the alert sender, which runs outside Next, builds the same text as the pages.
 */
export type ReleaseTextParts = {
  title: string;
  dateline: string;
  summary: string;
  highlightsHeading: string;
  highlights: readonly string[];
  bodyMarkdown: string;
  /** The body as the page shows it: the sanitized HTML of lib/content/markdown.ts. */
  bodyHtml: string;
  contactsHeading: string;
  /** In the release's language, each value isolated where its direction differs from the text's. */
  contacts: readonly { name: string; role: string; email: string; phone: string }[];
  url: string;
  siteUrl: string;
  /** The release's language and direction, kept on the HTML so that a pasted Arabic release stays right to left. */
  lang: string;
  dir: 'ltr' | 'rtl';
};

/** The whole release as one text: title, dateline, summary, highlights, body, contacts and its address. */
export function releasePlainText(release: ReleaseTextParts): string {
  const highlights = release.highlights.length ? [`${release.highlightsHeading}\n\n${release.highlights.map((h) => `• ${h}`).join('\n')}`] : [];
  return (
    [
      release.title,
      `${release.dateline} ${release.summary}`,
      ...highlights,
      markdownToPlainText(release.bodyMarkdown, release.siteUrl),
      contactsPlainText(release),
      release.url,
    ].join('\n\n') + '\n'
  );
}

/**
 * The same release as an HTML fragment for the clipboard. Everything but the body is our own text, escaped here;
 * the body is the sanitized HTML the page itself shows, with its links made absolute.
 */
export function releaseHtml(release: ReleaseTextParts): string {
  const body = release.bodyHtml.replace(/\shref="(\/[^/"][^"]*)"/g, (_, path: string) => ` href="${escapeHtml(release.siteUrl)}${path}"`);
  const highlights = release.highlights.length
    ? `<h2>${escapeHtml(release.highlightsHeading)}</h2><ul>${release.highlights.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ul>`
    : '';
  const contacts = release.contacts
    .map((c) => `<p><strong>${escapeHtml(c.name)}</strong><br>${escapeHtml(c.role)}<br><a href="mailto:${escapeHtml(c.email)}">${escapeHtml(c.email)}</a><br>${escapeHtml(c.phone)}</p>`)
    .join('');
  const html = [
    `<h1>${escapeHtml(release.title)}</h1>`,
    `<p><strong>${escapeHtml(release.dateline)}</strong> ${escapeHtml(release.summary)}</p>`,
    highlights,
    body,
    `<h2>${escapeHtml(release.contactsHeading)}</h2>${contacts}`,
    `<p><a href="${escapeHtml(release.url)}">${escapeHtml(release.url)}</a></p>`,
  ].join('\n');
  return `<div lang="${escapeHtml(release.lang)}" dir="${release.dir}">\n${html}\n</div>`;
}

/** The release as a clean Markdown file: no frontmatter, site-relative links made absolute (the file leaves the site). */
export function releaseMarkdown(parts: ReleaseTextParts): string {
  const body = parts.bodyMarkdown.trim().replace(/\]\(\/(?!\/)/g, `](${parts.siteUrl}/`);
  const highlights = parts.highlights.length
    ? [`## ${parts.highlightsHeading}`, parts.highlights.map((h) => `- ${h}`).join('\n')]
    : [];
  const contacts = parts.contacts.map((c) => `**${c.name}**  \n${c.role}  \n<${c.email}> · ${c.phone}`);
  return (
    [
      `# ${parts.title}`,
      `**${parts.dateline}** ${parts.summary}`,
      ...highlights,
      body,
      `## ${parts.contactsHeading}`,
      ...contacts,
      `<${parts.url}>`,
    ].join('\n\n') + '\n'
  );
}

/** The press desks as plain text: a heading, then each desk's name, role, e-mail and phone on their own lines. */
export function contactsPlainText(parts: Pick<ReleaseTextParts, 'contactsHeading' | 'contacts'>): string {
  const desks = parts.contacts.map((c) => [c.name, c.role, c.email, c.phone].join('\n')).join('\n\n');
  return `${parts.contactsHeading}\n\n${desks}`;
}

export function releaseTextParts(release: Release, contacts: readonly Contact[], siteUrl: string): ReleaseTextParts {
  const { locale } = release;
  const t = translator(locale);
  // A Latin e-mail address or phone number in a right-to-left text would otherwise be shown out of order
  // ("0100 5555 21 86+"); isolate() adds nothing where the directions do not mix.
  const own = (text: string) => isolate(text, locale);
  return {
    title: release.title,
    dateline: datelineText(locale, release, (tags) => t.markup('release.dateline', tags)),
    summary: release.summary,
    highlightsHeading: t('release.highlights'),
    highlights: release.highlights,
    bodyMarkdown: release.bodyMarkdown,
    bodyHtml: release.bodyHtml,
    contactsHeading: t('release.contacts'),
    contacts: contacts.map((c) => ({ name: own(c.name), role: own(c.role), email: own(c.email), phone: own(c.phone) })),
    url: `${siteUrl}${releasePath(locale, release.slug)}`,
    siteUrl,
    ...textAttributes(locale),
  };
}

/** The release in the three forms it is taken away in, from one set of parts. */
export function releaseTexts(release: Release, contacts: readonly Contact[], siteUrl: string) {
  const parts = releaseTextParts(release, contacts, siteUrl);
  return { parts, text: releasePlainText(parts), html: releaseHtml(parts), markdown: releaseMarkdown(parts) };
}
