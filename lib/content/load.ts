import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';
import { pageFileLocale, releaseFileLocale } from './file-names';
import { contactData, keyFigureData, pageFrontmatter, releaseFrontmatter, snippetFrontmatter } from './schema';
import { releaseFolderPattern } from './taxonomy';
import type { ContentData } from './types';

/**
 * Reads contentlayer2's generated JSON from disk (never bundled into a server chunk, so the build scales with
 * the number of documents) and parses every document with the same zod schemas as the content check.
 */
const generatedDir = () => path.join(process.cwd(), '.contentlayer', 'generated');

const generatedDoc = z.looseObject({
  body: z.object({ raw: z.string(), html: z.string() }).optional(),
  _raw: z.object({ sourceFilePath: z.string(), sourceFileName: z.string(), sourceFileDir: z.string() }),
});

type Doc = {
  file: string;
  fileName: string;
  dir: string;
  html: string;
  markdown: string;
  fields: Record<string, unknown>;
};

function readType(type: 'Release' | 'Page' | 'Snippet' | 'Contact' | 'Figure'): Doc[] {
  const file = path.join(generatedDir(), type, '_index.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`No generated content at ${file}. Run \`npm run build\` (or \`npm run content:build\`) first.`);
  }
  return z
    .array(generatedDoc)
    .parse(JSON.parse(text))
    .map(({ body, _raw, _id: _ignoredId, type: _ignoredType, ...fields }) => ({
      file: `content/${_raw.sourceFilePath}`,
      fileName: _raw.sourceFileName,
      dir: _raw.sourceFileDir,
      html: body?.html ?? '',
      markdown: body?.raw ?? '',
      fields,
    }));
}

function parse<T extends z.ZodType>(schema: T, doc: Doc): z.output<T> {
  const result = schema.safeParse(doc.fields);
  if (!result.success) {
    throw new Error(`${doc.file}:\n${z.prettifyError(result.error)}\nRun \`npm run content:check\` for a full report.`);
  }
  return result.data;
}

function localeOf(doc: Doc, fileLocale: (name: string) => Locale | undefined): Locale {
  const locale = fileLocale(doc.fileName);
  if (!locale) throw new Error(`${doc.file}: "${doc.fileName}" is not named after a locale. Run \`npm run content:check\`.`);
  return locale;
}

export function loadContent(): ContentData {
  const releases = readType('Release').map((doc) => {
    const folder = path.basename(doc.dir);
    const slug = folder.match(releaseFolderPattern)?.[2];
    if (!slug) throw new Error(`${doc.file}: the folder name must be YYYY-MM-DD-slug`);
    return { ...parse(releaseFrontmatter, doc), slug, folder, locale: localeOf(doc, releaseFileLocale), bodyHtml: doc.html, bodyMarkdown: doc.markdown };
  });
  const pages = readType('Page').map((doc) => ({
    ...parse(pageFrontmatter, doc),
    path: doc.dir.replace(/^pages\/?/, ''),
    locale: localeOf(doc, pageFileLocale),
    bodyHtml: doc.html,
  }));
  const snippets = readType('Snippet').map((doc) => ({
    ...parse(snippetFrontmatter, doc),
    name: path.basename(doc.dir),
    locale: localeOf(doc, pageFileLocale),
    bodyHtml: doc.html,
  }));
  const contacts = readType('Contact').map((doc) => ({
    ...parse(contactData, doc),
    id: doc.fileName.replace(/\.yaml$/, ''),
  }));
  const figures = readType('Figure').map((doc) => ({
    ...parse(keyFigureData, doc),
    id: doc.fileName.replace(/\.yaml$/, ''),
  }));
  return { releases, pages, snippets, contacts, figures };
}
