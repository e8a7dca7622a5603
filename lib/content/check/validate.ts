import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import { pageFileLocale, pageFileName, pageFileNames, releaseFileLocale, releaseFileName, releaseFileNames } from '../file-names';
import { parseMarkdownSource, parseYaml, type ParsedSource } from '../frontmatter';
import { matchRoute } from '@/lib/routing';
import { houseStyleFinding } from './house-style';
import { readSourceText } from '../source-text';
import { contactData, keyFigureData, pageFrontmatter, releaseFrontmatter, snippetFrontmatter, type ReleaseFrontmatter } from '../schema';
import { translationFindings } from './release-translations';
import { releaseFolderPattern, slugPattern } from '../taxonomy';

/** A release file's name before the web editor had a brand page's form (`en.md`): the check asks for it to be renamed. */
const formerReleaseFileLocale = pageFileLocale;

/**
 * The content contract, checked on the source files: every schema error and every rule that spans files, each
 * reported with the file, line, field, the value found and what is allowed.
 */
export type Finding = {
  level: 'error' | 'warning';
  /** Path from the repository root. */
  file: string;
  line?: number;
  column?: number;
  field?: string;
  value?: unknown;
  message: string;
};

/** A Markdown content file: its path from the repository root, its language, its text as read (lib/content/source-text) and parsed. */
export type SourceFile = { file: string; locale: Locale; text: string; parsed: ParsedSource };

export type ContentScan = {
  findings: Finding[];
  /** Parsed Markdown sources, for further (editorial) checks. */
  sources: SourceFile[];
};

const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

function valueAt(data: unknown, fieldPath: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of fieldPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function formatField(fieldPath: readonly PropertyKey[]): string {
  return fieldPath.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Turns zod issues into findings with a plain-language message. */
function schemaFindings(schema: z.ZodType, data: unknown, file: string, parsed: Pick<ParsedSource, 'at'>): Finding[] {
  const result = schema.safeParse(data ?? {});
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Finding[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        level: 'error',
        file,
        ...parsed.at([...issue.path, key]),
        field: formatField([...issue.path, key]),
        value: valueAt(data, [...issue.path, key]),
        message: 'is not a known field (check its spelling and indentation; see content/README.md for the fields)',
      }));
    }
    const value = valueAt(data, issue.path);
    let message = issue.message;
    if (value === undefined) message = 'is required but missing';
    else if (issue.code === 'invalid_value') message = `is not allowed. Allowed: ${issue.values.map(String).join(', ')}`;
    else if (issue.code === 'invalid_type') message = `has the wrong kind of value: expected ${issue.expected}`;
    return [{ level: 'error', file, ...parsed.at(issue.path), field: formatField(issue.path), value, message }];
  });
}

function readSource(root: string, relative: string, locale: Locale): { source?: SourceFile; findings: Finding[] } {
  const file = path.posix.join('content', relative);
  const read = readSourceText(path.join(root, relative));
  if ('problem' in read) return { findings: [{ level: 'error', file, message: read.problem }] };
  const parsed = parseMarkdownSource(read.text);
  const findings: Finding[] = parsed.syntaxError
    ? [{ level: 'error', file, line: parsed.syntaxError.line, column: parsed.syntaxError.column, message: `the frontmatter is not valid YAML: ${parsed.syntaxError.message}` }]
    : [houseStyleFinding(file, read.text)].filter((finding) => finding !== undefined);
  return { source: { file, locale, text: read.text, parsed }, findings };
}

/** A Markdown file in a release folder not named `index.<locale>.md`; a release file's old name (`en.md`) gets its new one. */
function releaseFileNameFinding(file: string, name: string, names: readonly string[]): Finding {
  const former = formerReleaseFileLocale(name);
  const renamed = former && releaseFileName(former);
  const message = !renamed
    ? `is not a release file name. Allowed: ${releaseFileNames.join(', ')}`
    : names.includes(renamed)
      ? `is the old name of ${renamed}, which is here too: copy any change from ${name} into ${renamed}, then delete ${name}`
      : `is the old name of a release file: rename it to ${renamed} (every release file is named index.<language>.md)`;
  return { level: 'error', file, field: 'file name', value: name, message };
}

/** A Markdown file of a brand page or snippet not named `<locale>.md`. */
function pageFileNameFinding(file: string, name: string): Finding {
  const locale = releaseFileLocale(name);
  const message = locale
    ? `is named like a release file; a brand page or snippet is named <language>.md: rename it to ${pageFileName(locale)}`
    : `is not a locale. Allowed: ${pageFileNames.join(', ')}`;
  return { level: 'error', file, field: 'file name', value: name, message };
}

export function scanContent(root: string): ContentScan {
  const findings: Finding[] = [];
  const sources: SourceFile[] = [];

  /** Data files (one YAML file per entry); returns their ids. */
  const checkData = (folder: string, schema: z.ZodType) => {
    const ids = new Set<string>();
    for (const name of list(path.join(root, folder))) {
      const file = `content/${folder}/${name}`;
      if (!name.endsWith('.yaml')) {
        findings.push({ level: 'error', file, field: 'file name', value: name, message: `only .yaml files belong in content/${folder}` });
        continue;
      }
      ids.add(name.replace(/\.yaml$/, ''));
      const read = readSourceText(path.join(root, folder, name));
      if ('problem' in read) {
        findings.push({ level: 'error', file, message: read.problem });
        continue;
      }
      const parsed = parseYaml(read.text);
      if (parsed.syntaxError) findings.push({ level: 'error', file, line: parsed.syntaxError.line, column: parsed.syntaxError.column, message: `not valid YAML: ${parsed.syntaxError.message}` });
      else findings.push(...schemaFindings(schema, parsed.data, file, parsed), ...[houseStyleFinding(file, read.text)].filter((finding) => finding !== undefined));
    }
    return ids;
  };
  // Contacts first: releases refer to them by id.
  const contactIds = checkData('contacts', contactData);
  checkData('figures', keyFigureData);

  /** A Markdown file named after a locale, parsed and remembered. */
  const readLocaleFile = (relative: string, locale: Locale): SourceFile | undefined => {
    const { source, findings: problems } = readSource(root, relative, locale);
    findings.push(...problems);
    if (source) sources.push(source);
    return source;
  };

  const slugs = new Map<string, string>();
  const releases = new Map<SourceFile, ReleaseFrontmatter>();
  for (const folder of list(path.join(root, 'releases'))) {
    const dir = path.join(root, 'releases', folder);
    if (!isDir(dir)) continue;
    const folderFile = `content/releases/${folder}`;
    const slug = folder.match(releaseFolderPattern)?.[2];
    if (!slug) {
      findings.push({ level: 'error', file: folderFile, field: 'folder name', value: folder, message: 'must be YYYY-MM-DD-slug, e.g. 2025-07-15-first-half-2025 (lowercase letters, digits and hyphens)' });
      continue;
    }
    const previous = slugs.get(slug);
    if (previous) findings.push({ level: 'error', file: folderFile, field: 'slug', value: slug, message: `is already used by content/releases/${previous}; every release needs its own slug` });
    slugs.set(slug, folder);

    const files = list(dir);
    const markdown = files.filter((f) => f.endsWith('.md'));
    const english = releaseFileName(defaultLocale);
    // An English file under its old name is reported once, with the new name to give it.
    if (!markdown.some((name) => name === english || formerReleaseFileLocale(name) === defaultLocale)) {
      findings.push({ level: 'error', file: folderFile, field: english, message: `is missing: every release needs an English version (${english})` });
    }
    for (const name of markdown) {
      const locale = releaseFileLocale(name);
      if (!locale) {
        findings.push(releaseFileNameFinding(`${folderFile}/${name}`, name, markdown));
        continue;
      }
      const source = readLocaleFile(`releases/${folder}/${name}`, locale);
      if (!source || source.parsed.syntaxError) continue;
      findings.push(...schemaFindings(releaseFrontmatter, source.parsed.data, source.file, source.parsed));
      const release = releaseFrontmatter.safeParse(source.parsed.data);
      const data = release.success ? release.data : undefined;
      if (!data) continue;
      releases.set(source, data);
      data.contacts.forEach((id, i) => {
        if (!contactIds.has(id)) {
          findings.push({ level: 'error', file: source.file, ...source.parsed.at(['contacts', i]), field: `contacts[${i}]`, value: id, message: `is not a known contact. Allowed: ${[...contactIds].join(', ') || '(no contacts in content/contacts)'}` });
        }
      });
      const assets: [string, string][] = [
        ['hero.file', data.hero.file],
        ...data.gallery.map((image, i): [string, string] => [`gallery[${i}].file`, image.file]),
        ...data.attachments.map((a, i): [string, string] => [`attachments[${i}].file`, a.file]),
        ...data.videos.flatMap((video, i) => (['file', 'small', 'poster', 'captions'] as const).map((key): [string, string] => [`videos[${i}].${key}`, video[key]])),
      ];
      for (const [field, assetFile] of assets) {
        if (!files.includes(assetFile)) {
          const fieldPath = field.split(/[.[\]]+/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
          findings.push({ level: 'error', file: source.file, ...source.parsed.at(fieldPath), field, value: assetFile, message: `names a file that is not in ${folderFile}/` });
        }
      }
    }
  }
  // A former slug must not shadow a live one, or its redirect would hide a release.
  for (const [source, release] of releases) {
    for (const former of release.formerSlugs) {
      const owner = slugs.get(former);
      if (owner) findings.push({ level: 'error', file: source.file, field: 'formerSlugs', value: former, message: `is the slug of content/releases/${owner}; a former slug must not be in use` });
    }
  }
  findings.push(...translationFindings(releases));

  const walkPages = (relativeDir: string) => {
    const dir = path.join(root, relativeDir);
    for (const name of list(dir)) {
      const relative = `${relativeDir}/${name}`;
      if (isDir(path.join(dir, name))) {
        if (!slugPattern.test(name)) findings.push({ level: 'error', file: `content/${relative}`, field: 'folder name', value: name, message: 'must be lowercase letters, digits and hyphens: it becomes the URL' });
        // A brand page at a path the site uses itself (/{locale}/basket, /{locale}/releases/...) would never be shown.
        else if (relativeDir === 'pages' && matchRoute(`/en/${name}`)?.kind !== 'page') findings.push({ level: 'error', file: `content/${relative}`, field: 'folder name', value: name, message: `is the address of one of the site's own pages (/${name}); choose another folder name` });
        walkPages(relative);
        continue;
      }
      if (!name.endsWith('.md')) continue;
      const locale = pageFileLocale(name);
      if (!locale) {
        findings.push(pageFileNameFinding(`content/${relative}`, name));
        continue;
      }
      const source = readLocaleFile(relative, locale);
      if (!source) continue;
      const schema = relative.startsWith('snippets/') ? snippetFrontmatter : pageFrontmatter;
      if (!source.parsed.syntaxError) findings.push(...schemaFindings(schema, source.parsed.data, source.file, source.parsed));
    }
  };
  walkPages('pages');
  walkPages('snippets');

  return { findings, sources };
}
