import path from 'node:path';
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { releaseFileGlob } from './lib/content/file-names';
import { rehypePlugins, remarkPlugins } from './lib/content/markdown';

/**
 * contentlayer2 compiles Markdown to HTML and collects frontmatter. Field rules are not repeated here: every
 * field is passed through as JSON and validated by the zod schemas in lib/content/schema.ts, both by
 * `npm run content:check` (which runs first in `npm run build`) and when lib/content reads the generated data.
 */
const raw = { type: 'json', required: false } as const;

// Each pattern starts at its own folder, so a release is never read as a page or snippet and the other way round;
// a stray `en.md` in a release folder matches nothing (the content check, which runs first, asks to rename it).
export const Release = defineDocumentType(() => ({
  name: 'Release',
  filePathPattern: `releases/*/${releaseFileGlob}`,
  contentType: 'markdown',
  fields: Object.fromEntries(
    [
      'title',
      'summary',
      'publishedAt',
      'timeZone',
      'earlyAccess',
      'location',
      'topics',
      'models',
      'highlights',
      'hero',
      'gallery',
      'attachments',
      'videos',
      'contacts',
      'formerSlugs',
      'draft',
      'updatedAt',
      'corrections',
    ].map((name) => [name, raw]),
  ),
}));

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/**/*.md',
  contentType: 'markdown',
  fields: Object.fromEntries(['title', 'description', 'order', 'nav', 'keyFigures'].map((name) => [name, raw])),
}));

export const Snippet = defineDocumentType(() => ({
  name: 'Snippet',
  filePathPattern: 'snippets/*/*.md',
  contentType: 'markdown',
  fields: { title: raw },
}));

export const Contact = defineDocumentType(() => ({
  name: 'Contact',
  filePathPattern: 'contacts/*.yaml',
  contentType: 'data',
  fields: Object.fromEntries(['name', 'role', 'region', 'email', 'phone', 'languages'].map((name) => [name, raw])),
}));

export const Figure = defineDocumentType(() => ({
  name: 'Figure',
  filePathPattern: 'figures/*.yaml',
  contentType: 'data',
  fields: Object.fromEntries(['order', 'value', 'label', 'source'].map((name) => [name, raw])),
}));

export default makeSource({
  // Absolute: scripts/content-build.mjs compiles shards with their own working folders (.contentlayer/shards/*).
  contentDirPath: path.resolve(process.env.CONTENT_DIR ?? 'content'),
  // The folders of one shard (set by scripts/content-build.mjs); everything when unset (`contentlayer2 dev`).
  contentDirInclude: process.env.CONTENT_INCLUDE ? (JSON.parse(process.env.CONTENT_INCLUDE) as string[]) : undefined,
  contentDirExclude: ['README.md'],
  documentTypes: [Release, Page, Snippet, Contact, Figure],
  markdown: { remarkPlugins, rehypePlugins },
  disableImportAliasWarning: true,
});
