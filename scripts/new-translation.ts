import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { captionsFileName, releaseFileName } from '@/lib/content/file-names';
import { splitFrontmatter } from '@/lib/content/frontmatter';
import { endonym, isLocale, locales } from '@/lib/i18n/locales';
import { contentRoot, fail, parseArgs, releaseFolders } from './scaffold';

/**
 * `npm run new:translation -- <slug> <locale> [--content dir]`: starts index.<locale>.md of a release from the English
 * frontmatter, with a TODO line above every field to translate, a short instruction as the body, and draft: true,
 * so the English version keeps being shown in that language until the translation is approved.
 */
const usage = 'Usage: npm run new:translation -- <slug> <locale>, e.g. npm run new:translation -- first-half-2025 de';
const { positional, options } = parseArgs(process.argv.slice(2));
const [slug, locale] = positional;
if (!slug || !locale || positional.length > 2) fail(usage);
const others = locales.filter((l) => l !== 'en');
if (!isLocale(locale) || locale === 'en')
  fail(`"${locale}" is not a language to translate into. Use one of: ${others.join(', ')}.`);

const root = contentRoot(options);
const { folders } = releaseFolders(root);
const folder = folders.get(slug);
if (!folder) {
  const words = slug.split('-').filter((w) => w.length > 2);
  const similar = [...folders.keys()].filter((s) => words.some((w) => s.includes(w)));
  fail(
    `There is no release with the slug "${slug}".${similar.length ? ` Did you mean: ${similar.slice(0, 5).join(', ')}?` : ` Releases: ${[...folders.keys()].slice(-10).join(', ')}`}`,
  );
}
const dir = path.join(root, 'releases', folder);
const [targetName, englishName] = [releaseFileName(locale), releaseFileName('en')];
const target = path.join(dir, targetName);
if (existsSync(target)) fail(`content/releases/${folder}/${targetName} already exists; nothing was changed.`);
const englishFile = path.join(dir, englishName);
if (!existsSync(englishFile)) fail(`content/releases/${folder} has no ${englishName} to translate from.`);
const frontmatter = splitFrontmatter(readFileSync(englishFile, 'utf8'))?.yaml;
if (frontmatter === undefined)
  fail(`content/releases/${folder}/${englishName} does not start with a frontmatter block; run npm run content:check.`);

const doc: Document = parseDocument(frontmatter);
if (doc.errors.length || !isMap(doc.contents))
  fail(`content/releases/${folder}/${englishName} has broken frontmatter; run npm run content:check first.`);
const language = endonym[locale];

// The English notes do not apply to a translation; the translator gets one TODO line per field instead.
visit(doc, {
  Node: (_, node) => {
    node.commentBefore = undefined;
    node.comment = undefined;
  },
});
const mark = (fieldPath: (string | number)[], note: string) => {
  const parent = fieldPath.length > 1 ? doc.getIn(fieldPath.slice(0, -1), true) : doc.contents;
  const pair = isMap(parent)
    ? parent.items.find((p) => isScalar(p.key) && p.key.value === fieldPath.at(-1))
    : undefined;
  if (pair && isScalar(pair.key)) pair.key.commentBefore = ` TODO: ${note}`;
};
for (const field of ['title', 'summary', 'location']) mark([field], `translate into ${language}`);
mark(['highlights'], `translate each highlight into ${language}`);
mark(['hero', 'alt'], `translate into ${language}`);
mark(['hero', 'caption'], `translate into ${language}`);
const count = (field: string) => (isSeq(doc.get(field, true)) ? doc.getIn([field, 'length']) : 0);
if (count('gallery') !== 0) mark(['gallery'], `translate the alt and caption of each picture into ${language}`);
if (count('attachments') !== 0)
  mark(
    ['attachments'],
    `translate each title; for a ${language} PDF, add it to the folder and name it here with language: ${locale}`,
  );
const videos = doc.get('videos', true);
if (isSeq(videos) && videos.items.length) {
  // Captions are per language: each video names this language's file, which the translator writes.
  videos.items.forEach((_, i) => {
    const captions = doc.getIn(['videos', i, 'captions'], true);
    if (isScalar(captions) && typeof captions.value === 'string')
      captions.value = captionsFileName(captions.value, locale);
  });
  mark(['videos'], `translate each title and description, and write the captions file named here, in ${language}`);
}
if (count('corrections') !== 0) mark(['corrections'], `translate the text of each correction into ${language}`);
doc.set('draft', true);
mark(['draft'], 'set to false when the translation is approved; until then readers see the English text');
doc.commentBefore = ` ${language} translation of ${englishName}, created by npm run new:translation. Keep publishedAt, timeZone,\n the file names and contacts as in ${englishName}. Delete each translation note once its field is translated.`;

const body = `TODO: translate the English text of ${englishName} into ${language} here. Copy it from ${englishName} and translate it paragraph by paragraph, keeping the quotes, headings and links; change link paths from /en/ to /${locale}/.\n`;
writeFileSync(target, `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${body}`);

console.log(`
Created content/releases/${folder}/${targetName} (a draft: the ${language} site keeps showing the English release).
  1. Translate every field marked TODO and the text, then delete those notes.
  2. Check it:  npm run content:check
  3. When the translation is approved, set draft: false.
`);
