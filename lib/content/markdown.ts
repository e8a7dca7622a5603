import type { Element, ElementContent, Root } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { PluggableList } from 'unified';

/**
 * The Markdown pipeline of every document: GitHub tables, sanitizing (no raw HTML, no script URLs), heading ids,
 * and the house quote convention. Shared by contentlayer.config.ts and the tests.
 */

/** Only http(s), mailto and tel links survive; `javascript:` and `data:` are dropped by the sanitizer. */
const sanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
  clobberPrefix: '',
};

/** A quote's attribution line: an em dash (or two hyphens) then "Name, Role" (Latin, Chinese or Arabic comma). */
const attribution = /^\s*(?:—|--)\s*([^,，،]+?)\s*(?:[,，،]\s*(.+?))?\s*$/;

/**
 * House convention: a blockquote whose last paragraph starts with "— Name, Role" becomes
 * <figure class="pull-quote"><blockquote>…</blockquote><figcaption><cite>Name</cite>, Role</figcaption></figure>.
 * Runs after sanitizing, so its own markup is trusted.
 */
function rehypePullQuotes() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'blockquote' || !parent || index === undefined) return;
      const paragraphs = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p');
      const last = paragraphs.at(-1);
      if (!last || paragraphs.length < 2) return;
      const match = toString(last).match(attribution);
      if (!match?.[1]) return;
      const caption: ElementContent[] = [
        { type: 'element', tagName: 'cite', properties: { className: ['quote-name'] }, children: [{ type: 'text', value: match[1] }] },
      ];
      if (match[2]) {
        caption.push({ type: 'text', value: ', ' }, { type: 'element', tagName: 'span', properties: { className: ['quote-role'] }, children: [{ type: 'text', value: match[2] }] });
      }
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['pull-quote'] },
        children: [
          { ...node, children: node.children.filter((c) => c !== last) },
          { type: 'element', tagName: 'figcaption', properties: {}, children: caption },
        ],
      };
      parent.children[index] = figure;
    });
  };
}

export const remarkPlugins: PluggableList = [remarkGfm];
export const rehypePlugins: PluggableList = [[rehypeSanitize, sanitizeSchema], rehypeSlug, rehypePullQuotes];
