import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { releaseFileName } from '@/lib/content/file-names';
import { models, topics } from '@/lib/content/taxonomy';
import { isTimeZone, nextFullHour, zonedDateTime } from '@/lib/content/zoned-time';
import { contentRoot, fail, parseArgs, releaseFolders, slugify } from './scaffold';

/**
 * `npm run new:release -- "Title" [--date YYYY-MM-DD] [--zone Area/City] [--slug slug] [--content dir]`:
 * a new release folder with an index.en.md whose every field holds a placeholder that already passes the content check,
 * as a draft (nothing can be published by accident), with placeholder artwork, and the next steps.
 */
const usage =
  'Usage: npm run new:release -- "Title of the release" [--date 2025-07-15] [--zone Europe/Berlin] [--slug short-name]';
const { positional, options } = parseArgs(process.argv.slice(2));
const title = positional.join(' ').trim();
if (!title) fail(`Give the release a title.\n${usage}`);
if (title.length > 140) fail(`The title is ${title.length} characters long; at most 140 are allowed.`);

const root = contentRoot(options);
const zone = options.get('zone') ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
if (!isTimeZone(zone))
  fail(`"${zone}" is not a time zone. Use a name such as Europe/Berlin, Asia/Shanghai or America/Mexico_City.`);

const date = options.get('date');
if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
  fail(`--date must be written YYYY-MM-DD (found "${date}").`);
const [year, month, day] = (date ?? '').split('-').map(Number);
// A given day gets a 10:00 release (change it in the file); otherwise the next full hour, so the draft is valid now.
const publishedAt =
  year && month && day
    ? zonedDateTime(zone, { year, month, day, hour: 10, minute: 0 })
    : nextFullHour(zone, new Date());
if (date && !publishedAt.startsWith(date)) fail(`${date} is not a real date.`);

const slug = options.get('slug') ?? slugify(title);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
  fail(
    `Could not make a web address from "${slug || title}". Choose one with --slug, e.g. --slug smart-5-launch-china`,
  );
const { folders, formerSlugs } = releaseFolders(root);
const taken = folders.get(slug) ?? formerSlugs.get(slug);
if (taken)
  fail(
    `The slug "${slug}" is already used by content/releases/${taken}. Every release needs its own; choose another with --slug.`,
  );
const folder = `${publishedAt.slice(0, 10)}-${slug}`;
const dir = path.join(root, 'releases', folder);
if (existsSync(dir)) fail(`content/releases/${folder} already exists; nothing was changed.`);

const contactsDir = path.join(root, 'contacts');
const contactIds = (existsSync(contactsDir) ? readdirSync(contactsDir) : [])
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5))
  .sort();
const contact = contactIds.includes('global-communications') ? 'global-communications' : contactIds[0];
if (!contact) fail('There is no press contact in content/contacts yet; add one first (see content/README.md).');

const english = `---
# Created by npm run new:release. Replace each placeholder, then run: npm run content:check
# content/README.md explains every field.
title: ${JSON.stringify(title)}
summary: "TODO: one or two sentences for lists, feeds and search results, at most 160 characters."
# When the release goes public, in local time with its UTC offset. Nothing appears anywhere before this moment.
publishedAt: "${publishedAt}"
timeZone: "${zone}"
location: "TODO: city of the dateline"
# One or more of: ${topics.join(', ')}
topics: [corporate]
# None or more of: ${models.join(', ')}
models: []
highlights:
  - "TODO: the first key fact, in one line"
  - "TODO: the second key fact (up to six; delete the ones you do not need)"
hero:
  file: "hero.jpg"
  alt: "TODO: what the picture shows, for readers who cannot see it"
  caption: "TODO: the caption printed under the picture"
  credit: "smart Automobile Co., Ltd."
  # editorial (press use about this story) or unrestricted
  usage: "editorial"
gallery:
  - file: "gallery-1.jpg"
    alt: "TODO: what the picture shows"
    caption: "TODO: the caption printed under the picture"
    credit: "smart Automobile Co., Ltd."
    usage: "editorial"
# PDF files in this folder, for example:
#   - file: "fact-sheet.pdf"
#     title: "Fact sheet"
#     language: en
attachments: []
# Press desks from content/contacts: ${contactIds.join(', ')}
contacts: [${contact}]
# Nobody sees a draft. Set this to false when the release is approved; it then goes live at publishedAt.
draft: true
---

TODO: the first paragraph: who, what, when and where, in two or three sentences. The brand is always written "smart", models "smart #5".

> "TODO: the quote, in quotation marks."
>
> — TODO Full Name, Job title

## TODO: a subheading

TODO: the rest of the release.
`;

mkdirSync(dir, { recursive: true });
const englishFile = releaseFileName('en');
writeFileSync(path.join(dir, englishFile), english);
// Placeholder pictures at print size, drawn by the artwork script (it never overwrites a file).
const artwork = spawnSync(
  process.execPath,
  [...process.execArgv, path.join(import.meta.dirname, 'make-artwork.ts'), root],
  { encoding: 'utf8' },
);
if (artwork.status !== 0)
  console.warn(
    `Could not draw the placeholder pictures (${artwork.stderr.trim()}); add hero.jpg and gallery-1.jpg yourself.`,
  );

const shown = path.relative(process.cwd(), dir) || dir;
console.log(`
Created ${shown}/
  ${englishFile}      the English release: every field holds a placeholder marked TODO
  hero.jpg         placeholder pictures: replace them with the real photos (same names,
  gallery-1.jpg    or change hero.file and gallery in ${englishFile})

It is a draft, to be published ${publishedAt} (${zone}). Next steps:
  1. Write the release in ${shown}/${englishFile}, replacing every TODO.
  2. Check it:   npm run content:check
  3. See it:     npm run preview   (shows drafts and embargoed releases, never public)
  4. Translate:  npm run new:translation -- ${slug} de   (and fr, es, zh, ar)
  5. When it is approved, set draft: false. It appears at publishedAt, not before.
`);
