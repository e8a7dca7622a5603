import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

/**
 * Release Markdown as plain text for journalists: what "Copy text" puts on the clipboard and what the press kit
 * ships as .txt. Structure survives as plain conventions (blank lines, bullets, quotes with their speaker);
 * markup does not.
 */
function block(node: RootContent): string {
  switch (node.type) {
    case 'heading':
      return toString(node);
    case 'list':
      return node.children.map((item, i) => `${node.ordered ? `${(node.start ?? 1) + i}.` : '•'} ${item.children.map(block).join(' ')}`).join('\n');
    case 'blockquote':
      return node.children.map(block).join('\n');
    case 'table':
      return node.children.map((row) => row.children.map((cell) => toString(cell)).join(' | ')).join('\n');
    case 'thematicBreak':
      return '* * *';
    case 'html':
      return '';
    default:
      return toString(node);
  }
}

export function markdownToPlainText(markdown: string): string {
  const tree: Root = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return tree.children
    .map(block)
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}

export type PlainTextRelease = {
  title: string;
  dateline: string;
  summary: string;
  bodyMarkdown: string;
  contactsHeading: string;
  contacts: { name: string; role: string; email: string; phone: string }[];
  url: string;
};

/** The whole release as one text: title, dateline, summary, body, contacts and its address. */
export function releasePlainText(release: PlainTextRelease): string {
  const contacts = release.contacts.map((c) => [c.name, c.role, c.email, c.phone].join('\n')).join('\n\n');
  return [release.title, `${release.dateline} ${release.summary}`, markdownToPlainText(release.bodyMarkdown), `${release.contactsHeading}\n\n${contacts}`, release.url].join('\n\n') + '\n';
}
