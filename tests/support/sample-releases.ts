import type { APIRequestContext } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { releaseFileName } from '../../lib/content/file-names';
import { parseMarkdownSource } from '../../lib/content/frontmatter';
import { releaseFrontmatter, type ReleaseFrontmatter } from '../../lib/content/schema';
import { locales, type Locale } from '../../lib/i18n/locales';

/** A release of the sample content as the site must present it, read straight from content/releases. */
export type OnDisk = { slug: string; folder: string; versions: Map<Locale, ReleaseFrontmatter> };

export function english(release: OnDisk): ReleaseFrontmatter {
  const version = release.versions.get('en');
  if (!version) throw new Error(`${release.folder} has no ${releaseFileName('en')}`);
  return version;
}

/** Every release of the sample content that is not a draft (all of them are public), newest first. */
export const releases: OnDisk[] = readdirSync('content/releases')
  .map((folder) => {
    const versions = new Map<Locale, ReleaseFrontmatter>();
    for (const locale of locales) {
      const file = `content/releases/${folder}/${releaseFileName(locale)}`;
      if (existsSync(file))
        versions.set(locale, releaseFrontmatter.parse(parseMarkdownSource(readFileSync(file, 'utf8')).data));
    }
    return { slug: folder.replace(/^\d{4}-\d{2}-\d{2}-/, ''), folder, versions };
  })
  .filter((r) => r.versions.size > 0 && ![...r.versions.values()].some((v) => v.draft))
  .sort((a, b) => Date.parse(english(b).publishedAt) - Date.parse(english(a).publishedAt));

export function findRelease(slug: string): OnDisk {
  const release = releases.find((r) => r.slug === slug);
  if (!release) throw new Error(`no release ${slug} in content/releases`);
  return release;
}

const dimensions = new Map<string, { width: number; height: number }>();

/** The pixel dimensions of a release's image file, read once. */
export async function pixels(folder: string, file: string) {
  const key = `${folder}/${file}`;
  if (!dimensions.has(key)) {
    const { width = 0, height = 0 } = await sharp(`content/releases/${key}`).metadata();
    dimensions.set(key, { width, height });
  }
  return dimensions.get(key) ?? { width: 0, height: 0 };
}

const delivered = new Map<string, Promise<number>>();

/**
 * The length of what /media/{slug}/{file} sends (its Content-Length), asked once: a picture carries its rights
 * inside, so it is longer than the file on disk, and every size shown next to a link must be this one.
 */
export function deliveredSize(request: APIRequestContext, slug: string, file: string): Promise<number> {
  const key = `${slug}/${file}`;
  let size = delivered.get(key);
  if (!size) {
    size = request.head(`/media/${key}`).then((response) => Number(response.headers()['content-length']));
    delivered.set(key, size);
  }
  return size;
}
