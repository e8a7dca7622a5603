import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { releaseFileName } from '@/lib/content/file-names';
import { parseMarkdownSource } from '@/lib/content/frontmatter';
import { releaseFolderPattern } from '@/lib/content/taxonomy';

/** Shared by npm run new:release and new:translation: arguments, the content folder, slugs and local times. */

export function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** Positional arguments and `--name value` options. */
export function parseArgs(argv: readonly string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const option = arg.match(/^--([a-z-]+)(?:=(.*))?$/);
    if (!option?.[1]) positional.push(arg);
    else if (option[2] !== undefined) options.set(option[1], option[2]);
    else options.set(option[1], argv[++i] ?? fail(`--${option[1]} needs a value`));
  }
  return { positional, options };
}

/** --content <dir>, else CONTENT_DIR, else ./content (tests run the scripts on a temporary copy). */
export const contentRoot = (options: Map<string, string>) =>
  path.resolve(options.get('content') ?? process.env.CONTENT_DIR ?? 'content');

/** Release folders by slug, and every former slug (a new release may use neither). */
export function releaseFolders(root: string): { folders: Map<string, string>; formerSlugs: Map<string, string> } {
  const folders = new Map<string, string>();
  const formerSlugs = new Map<string, string>();
  const dir = path.join(root, 'releases');
  for (const folder of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const slug = folder.match(releaseFolderPattern)?.[2];
    if (!slug) continue;
    folders.set(slug, folder);
    const english = path.join(dir, folder, releaseFileName('en'));
    const data = existsSync(english) ? parseMarkdownSource(readFileSync(english, 'utf8')).data : undefined;
    const former: unknown = data && typeof data === 'object' && 'formerSlugs' in data ? data.formerSlugs : undefined;
    if (Array.isArray(former)) for (const s of former) if (typeof s === 'string') formerSlugs.set(s, folder);
  }
  return { folders, formerSlugs };
}

const special: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  '&': ' and ',
};

/** "smart #5 BRABUS: Élan in Milano" → "smart-5-brabus-elan-in-milano" (lowercase ASCII, at most 60 characters). */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[ßæœøđðþłı&]/g, (c) => special[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '');
}
