import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkBody } from './editorial-body';
import { checkImage } from './editorial-images';
import { checkVideos, type VideoRule } from './editorial-videos';
import { linkFacts, type LinkFacts } from './link-facts';
import { styleMessage, styleProblems } from './editorial-text';
import { releaseFrontmatter, type ReleaseFrontmatter } from '../schema';
import { missingLocales, translationCoverage } from './translation-coverage';
import { formatField, type ContentScan, type Finding, type SourceFile } from './validate';

/**
 * Editorial checks on top of the schema: what a careful reviewer would catch, each a named rule with a message
 * for comms staff and the exact line. Errors stop a build; warnings are advice.
 */
export type EditorialRule = 'brand-style' | 'raw-html' | 'link' | 'alt-text' | 'image-size' | 'image-weight' | 'image-file' | VideoRule | 'summary-length' | 'placeholder' | 'translations';
export type EditorialFinding = Finding & { rule: EditorialRule };

/** Search engines cut descriptions at about this many characters. */
const searchSnippetLength = 160;

/** Frontmatter values that are names, codes or dates rather than prose: not style-checked. */
const notProse = new Set(['file', 'small', 'poster', 'captions', 'credit', 'usage', 'expires', 'publishedAt', 'updatedAt', 'timeZone', 'earlyAccess', 'date', 'topics', 'models', 'contacts', 'formerSlugs', 'language', 'nav']);

function proseFields(value: unknown, at: PropertyKey[] = []): [PropertyKey[], string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item: unknown, i) => proseFields(item, [...at, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => (notProse.has(key) ? [] : proseFields(item, [...at, key])));
}

/** Each release file's frontmatter, parsed once (the schema's time-zone refinement is not free). */
export type Releases = Map<SourceFile, ReleaseFrontmatter>;
export function parseReleases(scan: ContentScan): Releases {
  const releases: Releases = new Map();
  for (const source of scan.sources) {
    if (!source.file.startsWith('content/releases/')) continue;
    const release = releaseFrontmatter.safeParse(source.parsed.data);
    if (release.success) releases.set(source, release.data);
  }
  return releases;
}

function textFindings(source: SourceFile, site: LinkFacts): EditorialFinding[] {
  const { file, parsed } = source;
  const findings: EditorialFinding[] = [];
  for (const [at, text] of proseFields(parsed.data)) {
    for (const problem of styleProblems(text)) {
      findings.push({ rule: 'brand-style', level: 'error', file, ...parsed.at(at), field: formatField(at), value: problem.found, message: styleMessage(problem) });
    }
  }
  const data: Record<string, unknown> = typeof parsed.data === 'object' && parsed.data !== null ? { ...parsed.data } : {};
  for (const field of ['summary', 'description']) {
    const text = data[field];
    const limit = field === 'summary' ? 300 : 200;
    if (typeof text === 'string' && text.trim().length > searchSnippetLength && text.trim().length <= limit) {
      findings.push({ rule: 'summary-length', level: 'warning', file, ...parsed.at([field]), field, message: `is ${text.trim().length} characters long: too long for search results, which show about ${searchSnippetLength}` });
    }
  }
  for (const problem of checkBody(parsed.body, site)) {
    findings.push({ rule: problem.rule, level: problem.level, file, line: parsed.bodyLine + problem.line - 1, column: problem.column, value: problem.value, message: problem.message });
  }
  return findings;
}

/** Lines still marked TODO (left by npm run new:release and new:translation): an error once the text is public. */
function placeholderFindings(source: SourceFile, releases: Releases): EditorialFinding[] {
  const lines = source.text.split('\n');
  const marked = lines.flatMap((text, i) => (/\bTODO\b/.test(text) ? [i + 1] : []));
  if (!marked.length) return [];
  const isRelease = source.file.startsWith('content/releases/');
  const draft = releases.get(source)?.draft === true;
  const shown = marked.length > 8 ? `${marked.slice(0, 8).join(', ')} and ${marked.length - 8} more` : marked.join(', ');
  const where = `${marked.length === 1 ? 'line' : 'lines'} ${shown}`;
  return [{
    rule: 'placeholder',
    level: draft ? 'warning' : 'error',
    file: source.file,
    line: marked[0],
    message: draft
      ? `still has text marked TODO (${where}): replace it before you set draft: false`
      : `still has text marked TODO (${where}), and this file is not a draft, so readers would see it: replace the text${isRelease ? ', or set draft: true' : ''}`,
  }];
}

async function imageFindings(root: string, releases: Releases): Promise<EditorialFinding[]> {
  const seen = new Set<string>();
  const checks: Promise<EditorialFinding[]>[] = [];
  for (const [source, release] of releases) {
    const folder = path.dirname(source.file.replace(/^content\//, ''));
    const images: [PropertyKey[], string][] = [[['hero', 'file'], release.hero.file], ...release.gallery.map((g, i): [PropertyKey[], string] => [['gallery', i, 'file'], g.file])];
    for (const [at, name] of images) {
      const target = path.join(root, folder, name);
      if (seen.has(target) || !existsSync(target)) continue;
      seen.add(target);
      const finding = { file: source.file, ...source.parsed.at(at), field: formatField(at), value: name };
      checks.push(checkImage(target).then((problems) => problems.map((p) => ({ ...finding, ...p }))));
    }
  }
  return (await Promise.all(checks)).flat();
}

function translationFindings(scan: ContentScan): EditorialFinding[] {
  return translationCoverage(scan.sources).flatMap((row): EditorialFinding[] => {
    const missing = missingLocales(row);
    if (!missing.length) return [];
    const effect =
      row.kind === 'release'
        ? 'readers of those languages see the English text in their interface, marked "In English"'
        : 'its address in those languages shows the English page, which is not in their menus';
    return [{ rule: 'translations', level: 'warning', file: row.folder, value: missing.join(', '), message: `are the languages this ${row.kind} is not written in: ${effect}` }];
  });
}

/** Every editorial finding for a scanned content folder (`root` is the folder scanContent read). */
export async function checkEditorial(scan: ContentScan, root: string): Promise<EditorialFinding[]> {
  const releases = parseReleases(scan);
  const site = linkFacts(scan, root, releases);
  const perFile = scan.sources.flatMap((source) => (source.parsed.syntaxError ? [] : [...textFindings(source, site), ...placeholderFindings(source, releases)]));
  return [...perFile, ...(await imageFindings(root, releases)), ...(await checkVideos(root, releases)), ...translationFindings(scan)];
}
