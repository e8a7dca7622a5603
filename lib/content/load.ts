import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { contactData, keyFigureData, pageFrontmatter, releaseFrontmatter, snippetFrontmatter } from './schema';
import { releaseFolderPattern } from './taxonomy';
import type { ContentData } from './types';

/**
 * Reads contentlayer2's generated JSON from disk (never bundled into a server chunk, so the build scales with
 * the number of documents) and parses every document with the same zod schemas as the content check. The
 * documents come from `_meta.json`, the index without bodies that `npm run content:build` writes; a body is read
 * from the document's own file the first time a page asks for it. (`contentlayer2 dev`, behind `npm run dev`,
 * writes only `_index.json`, bodies included.)
 */
const generatedDir = () => path.join(process.cwd(), '.contentlayer', 'generated');

const body = z.object({ raw: z.string(), html: z.string() });
const generatedDoc = z.looseObject({
  _id: z.string(),
  body: body.optional(),
  _raw: z.object({ sourceFilePath: z.string(), sourceFileName: z.string(), sourceFileDir: z.string() }),
});

type Body = z.output<typeof body>;
type Doc = {
  file: string;
  fileName: string;
  dir: string;
  body: () => Body;
  fields: Record<string, unknown>;
};

function readType(type: 'Release' | 'Page' | 'Snippet' | 'Contact' | 'Figure'): Doc[] {
  const dir = path.join(generatedDir(), type);
  let text: string;
  try {
    text = readFileSync(path.join(dir, '_meta.json'), 'utf8');
  } catch {
    try {
      text = readFileSync(path.join(dir, '_index.json'), 'utf8');
    } catch {
      throw new Error(`No generated content in ${dir}. Run \`npm run build\` (or \`npm run content:build\`) first.`);
    }
  }
  return z
    .array(generatedDoc)
    .parse(JSON.parse(text))
    .map(({ body: inline, _raw, _id, type: _ignoredType, ...fields }) => {
      let cached = inline;
      // contentlayer's own file for the document: its id with slashes as double underscores.
      const own = path.join(dir, `${_id.replaceAll('/', '__')}.json`);
      return {
        file: `content/${_raw.sourceFilePath}`,
        fileName: _raw.sourceFileName,
        dir: _raw.sourceFileDir,
        body: () => (cached ??= generatedDoc.extend({ body }).parse(JSON.parse(readFileSync(own, 'utf8'))).body),
        fields,
      };
    });
}

/** `bodyHtml` and `bodyMarkdown`, read on first use. */
function withBody<T extends object>(target: T, doc: Doc): T & { bodyHtml: string; bodyMarkdown: string } {
  return Object.defineProperties(target, {
    bodyHtml: { get: () => doc.body().html, enumerable: true },
    bodyMarkdown: { get: () => doc.body().raw, enumerable: true },
  }) as T & { bodyHtml: string; bodyMarkdown: string };
}

function parse<T extends z.ZodType>(schema: T, doc: Doc): z.output<T> {
  const result = schema.safeParse(doc.fields);
  if (!result.success) {
    throw new Error(`${doc.file}:\n${z.prettifyError(result.error)}\nRun \`npm run content:check\` for a full report.`);
  }
  return result.data;
}

function localeOf(doc: Doc): Locale {
  const locale = doc.fileName.replace(/\.md$/, '');
  if (!isLocale(locale)) throw new Error(`${doc.file}: "${doc.fileName}" is not named after a locale`);
  return locale;
}

export function loadContent(): ContentData {
  const releases = readType('Release').map((doc) => {
    const folder = path.basename(doc.dir);
    const slug = folder.match(releaseFolderPattern)?.[2];
    if (!slug) throw new Error(`${doc.file}: the folder name must be YYYY-MM-DD-slug`);
    return withBody({ ...parse(releaseFrontmatter, doc), slug, folder, locale: localeOf(doc) }, doc);
  });
  const pages = readType('Page').map((doc) => withBody({ ...parse(pageFrontmatter, doc), path: doc.dir.replace(/^pages\/?/, ''), locale: localeOf(doc) }, doc));
  const snippets = readType('Snippet').map((doc) => withBody({ ...parse(snippetFrontmatter, doc), name: path.basename(doc.dir), locale: localeOf(doc) }, doc));
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
