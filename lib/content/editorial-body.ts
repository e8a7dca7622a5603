import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { nearbyPaths, otherLanguages, pathExists, type SiteIndex } from './editorial-links';
import { styleMessage, styleProblems } from './editorial-text';

/**
 * Checks of a Markdown body, on the same syntax tree the site's pipeline builds (remark + GFM), so code is never
 * style-checked and raw HTML is found exactly where the pipeline would drop it.
 */
export type BodyProblem = { rule: 'brand-style' | 'raw-html' | 'link' | 'alt-text'; level: 'error' | 'warning'; line: number; value?: string; message: string };

const parser = unified().use(remarkParse).use(remarkGfm);
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

export function checkBody(body: string, site: SiteIndex): BodyProblem[] {
  const tree: Root = parser.parse(body);
  const problems: BodyProblem[] = [];
  const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

  visit(tree, (node: Nodes) => {
    if (node.type === 'text') {
      for (const problem of styleProblems(node.value)) {
        const extraLines = node.value.slice(0, problem.index).split('\n').length - 1;
        problems.push({ rule: 'brand-style', level: 'error', line: lineOf(node) + extraLines, value: problem.found, message: styleMessage(problem) });
      }
    } else if (node.type === 'html') {
      // Comments are notes to colleagues: never published, and dropping them is what the author wants.
      if (!/^<!--[\s\S]*-->$/.test(node.value.trim())) {
        problems.push({ rule: 'raw-html', level: 'error', line: lineOf(node), value: short(node.value), message: 'is HTML, which is removed when the site is built, so readers would not see it. Use Markdown instead (content/README.md shows how)' });
      }
    } else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const message = linkProblem(node.url, site);
      if (message) problems.push({ rule: 'link', level: 'error', line: lineOf(node), value: node.url, message });
      if (node.type === 'image' && !node.alt?.trim()) {
        problems.push({ rule: 'alt-text', level: 'error', line: lineOf(node), value: node.url, message: 'is an image without alt text: write what it shows between the brackets, ![like this](…), for readers who cannot see it' });
      }
    }
  });
  return problems;
}

/** What is wrong with a link target, in plain words, or undefined when it works. */
export function linkProblem(url: string, site: SiteIndex): string | undefined {
  if (/^http:\/\//i.test(url)) return 'is an http:// link: use https:// (browsers warn readers about insecure pages)';
  if (/^(https:\/\/|mailto:|tel:|#)/i.test(url)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return 'is removed from the page: only https://, mailto: and tel: links and paths of this site such as /en/releases/… work';
  if (!url.startsWith('/') || url.startsWith('//')) {
    return 'is a relative link, which breaks on the site: write the whole path from the first slash, e.g. /en/releases/first-half-2025, or /media/<slug>/<file> for a file of a release';
  }
  const pathname = url.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1');
  if (pathExists(site, pathname)) return undefined;
  const elsewhere = otherLanguages(site, pathname);
  if (elsewhere.length) return `links to a page that does not exist in this language; it exists in ${elsewhere.join(', ')}`;
  const nearby = nearbyPaths(site, pathname);
  return `links to a page that does not exist${nearby.length ? `. Did you mean ${nearby.join(' or ')}?` : ''}`;
}
