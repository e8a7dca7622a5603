import type { PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

/**
 * Markdown as plain text for what journalists take away (copied text, the press kit's .txt, see ./release-text.ts).
 * Structure survives as plain conventions: blank lines, bullets, quotes with their speaker, a link's address after
 * its words.
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
