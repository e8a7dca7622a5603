import { sitePathProblem, type LinkFacts } from './link-facts';
import { styleMessage, styleProblems } from './editorial-text';
import { proseLines } from './markdown-lines';

/**
 * Checks of a Markdown body, line by line: HTML that the site's pipeline would drop, links that would break or be
 * removed, images without alt text, and the house style of names in the prose.
 */
export type BodyProblem = { rule: 'brand-style' | 'raw-html' | 'link' | 'alt-text'; level: 'error' | 'warning'; line: number; column: number; value?: string; message: string };

/** An opening or closing HTML tag (not an autolink such as <https://…>, whose name is followed by a colon). */
const htmlTag = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
/** [text](url "title") and ![alt](url). */
const inlineLink = /(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*<?([^\s)>]*)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const definition = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/g;
const autolink = /<([a-z][a-z0-9+.-]*:[^\s<>]*)>/gi;
/** Addresses typed as plain text become links too (GitHub-flavoured Markdown): only the insecure ones matter. */
const bareInsecure = /(?:\bhttp:\/\/|(?<![\w./:@-])www\.)[^\s<>)\]]+/gi;

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
const blank = (text: string) => ' '.repeat(text.length);

export function checkBody(body: string, site: LinkFacts): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const { line, text: source } of proseLines(body)) {
    let text = source;
    for (const match of text.matchAll(htmlTag)) {
      problems.push({ rule: 'raw-html', level: 'error', line, column: match.index + 1, value: short(match[0]), message: 'is HTML, which is removed when the site is built, so readers would not see it. Use Markdown instead (content/README.md shows how)' });
    }
    text = text.replace(htmlTag, blank);
    const link = (url: string, at: number) => {
      const message = linkProblem(url, site);
      if (message) problems.push({ rule: 'link', level: 'error', line, column: at + 1, value: url, message });
    };
    // Link targets are checked as links and then blanked, so that only the words a reader sees are style-checked.
    text = text.replace(inlineLink, (whole: string, bang: string, label: string, url: string, at: number) => {
      link(url, at + whole.indexOf('](') + 2);
      if (bang && !label.trim()) {
        problems.push({ rule: 'alt-text', level: 'error', line, column: at + 1, value: url, message: 'is an image without alt text: write what it shows between the brackets, ![like this](…), for readers who cannot see it' });
      }
      return `${bang} ${label} ${blank(whole.slice(bang.length + label.length + 2))}`;
    });
    text = text.replace(definition, (whole: string, url: string, at: number) => (link(url, at + whole.indexOf(url)), blank(whole)));
    text = text.replace(autolink, (whole: string, url: string, at: number) => (link(url, at + 1), blank(whole)));
    for (const match of text.matchAll(bareInsecure)) {
      const address = match[0].replace(/[.,;:!?"'*_~]+$/, ''); // trailing punctuation ends the sentence, not the link
      link(address.startsWith('www.') ? `http://${address}` : address, match.index);
    }
    for (const problem of styleProblems(text)) {
      problems.push({ rule: 'brand-style', level: 'error', line, column: text.indexOf(problem.found) + 1, value: problem.found, message: styleMessage(problem) });
    }
  }
  return problems;
}

/** What is wrong with a link target, in plain words, or undefined when it works. */
function linkProblem(url: string, site: LinkFacts): string | undefined {
  if (/^http:\/\//i.test(url)) return 'is an http:// link: use https:// (browsers warn readers about insecure pages)';
  if (/^(https:\/\/|mailto:|tel:|#)/i.test(url)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return 'is removed from the page: only https://, mailto: and tel: links and paths of this site such as /en/releases/… work';
  if (!url.startsWith('/') || url.startsWith('//')) {
    return 'is a relative link, which breaks on the site: write the whole path from the first slash, e.g. /en/releases/first-half-2025, or /media/<slug>/<file> for a file of a release';
  }
  return sitePathProblem(site, url);
}
