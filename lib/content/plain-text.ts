import type { PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { escapeHtml } from '@/lib/html-escape';

/**
 * A release as journalists take it away: "Copy text" puts both forms on the clipboard (HTML for a word processor or
 * a CMS, plain text for everything else) and the press kit ships the plain text as .txt. Structure survives in the
 * plain text as plain conventions (blank lines, bullets, quotes with their speaker, a link's address after its
 * words); the HTML keeps headings, emphasis and links as they are on the page.
 */

/** A root-relative link made absolute, so that it still works in the journalist's document. */
const absolute = (url: string, siteUrl: string) => (url.startsWith('/') && !url.startsWith('//') ? `${siteUrl}${url}` : url);

function inline(nodes: readonly PhrasingContent[], siteUrl: string): string {
  return nodes
    .map((node) => {
      if (node.type === 'link') {
        const words = inline(node.children, siteUrl);
        const url = absolute(node.url, siteUrl);
        // An address written out as the link's words is not repeated; mailto: and tel: speak for themselves.
        const address = url.replace(/^(mailto|tel):/, '');
        return words === address || words === url ? words : `${words} (${address})`;
      }
      if (node.type === 'break') return '\n';
      if ('children' in node) return inline(node.children, siteUrl);
      return toString(node);
    })
    .join('');
}

function block(node: RootContent, siteUrl: string): string {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return inline(node.children, siteUrl);
    case 'list':
      return node.children.map((item, i) => `${node.ordered ? `${(node.start ?? 1) + i}.` : '•'} ${item.children.map((child) => block(child, siteUrl)).join(' ')}`).join('\n');
    case 'blockquote':
      return node.children.map((child) => block(child, siteUrl)).join('\n');
    case 'table':
      return node.children.map((row) => row.children.map((cell) => inline(cell.children, siteUrl)).join(' | ')).join('\n');
    case 'thematicBreak':
      return '* * *';
    case 'html':
      return '';
    default:
      return toString(node);
  }
}

/** Markdown as plain text; `siteUrl` makes root-relative link addresses absolute. */
export function markdownToPlainText(markdown: string, siteUrl = ''): string {
  const tree: Root = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return tree.children
    .map((node) => block(node, siteUrl))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}

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
  contacts: { name: string; role: string; email: string; phone: string }[];
  url: string;
  siteUrl: string;
  /** The release's language and direction, kept on the HTML so that a pasted Arabic release stays right to left. */
  lang: string;
  dir: 'ltr' | 'rtl';
};

/** The whole release as one text: title, dateline, summary, highlights, body, contacts and its address. */
export function releasePlainText(release: ReleaseTextParts): string {
  const highlights = release.highlights.length ? [`${release.highlightsHeading}\n\n${release.highlights.map((h) => `• ${h}`).join('\n')}`] : [];
  const contacts = release.contacts.map((c) => [c.name, c.role, c.email, c.phone].join('\n')).join('\n\n');
  return (
    [
      release.title,
      `${release.dateline} ${release.summary}`,
      ...highlights,
      markdownToPlainText(release.bodyMarkdown, release.siteUrl),
      `${release.contactsHeading}\n\n${contacts}`,
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
