import { createHash } from 'node:crypto';
import sharp from 'sharp';
// The facade itself, not '@/lib/content': the download handlers (pages/api) import this file too.
import { content } from '@/lib/content/facade';
import type { ReleaseFile } from '@/lib/content/queries';
import { env } from '@/lib/env';
import { renditionPath } from '@/lib/routing';
import type { Rendition } from './names';
import { releaseFile } from '../files';
import { withRights } from '../image-rights';
import { cachedRendition } from './cache';

export type DeliveredRendition = { body: Uint8Array<ArrayBuffer>; width: number; height: number; version: string };

/**
 * What a rendition URL sends: the cached pixels with the release's credit and terms written in (in English, as the
 * originals: see findReleaseFile), and the version that names these exact bytes in the URL (10 hex digits of their
 * sha256), so that the URL can be cached forever and a corrected credit or caption gets a new one.
 */
export async function deliveredRendition(found: ReleaseFile, rendition: Rendition): Promise<DeliveredRendition> {
  if (!found.image) throw new Error(`${found.file} is not an image: it has no renditions`);
  const pixels = await cachedRendition(releaseFile(found.folder, found.file), rendition);
  const body = withRights(new Uint8Array(pixels), found.release, found.image, env.siteUrl);
  const { width = 0, height = 0 } = await sharp(pixels).metadata();
  return { body, width, height, version: createHash('sha256').update(body).digest('hex').slice(0, 10) };
}

/** What a download control says about a rendition and where it links. */
export type RenditionFacts<R extends Rendition = Rendition> = {
  rendition: R;
  width: number;
  height: number;
  bytes: number;
  href: string;
};

const facts = new Map<string, Promise<RenditionFacts>>();

/**
 * A public image's rendition as a page links it, computed once per process like originalSize (content does not
 * change within one), so that every size shown is the size of the bytes the link sends.
 */
export function renditionFacts<R extends Rendition>(
  slug: string,
  file: string,
  rendition: R,
): Promise<RenditionFacts<R>> {
  const key = `${slug}/${file}/${rendition}`;
  // Stored under its own rendition's key, so the entry has that rendition's type.
  let known = facts.get(key) as Promise<RenditionFacts<R>> | undefined;
  if (!known) {
    const found = content.findReleaseFile(slug, file);
    if (!found) return Promise.reject(new Error(`${slug}/${file} is not a public release's file`));
    known = deliveredRendition(found, rendition).then(({ body, width, height, version }) => ({
      rendition,
      width,
      height,
      bytes: body.byteLength,
      href: renditionPath(slug, file, rendition, version),
    }));
    facts.set(key, known);
  }
  return known;
}
