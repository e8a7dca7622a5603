import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { env } from '@/lib/env';
import { writeAtomically } from '@/lib/fs/write-atomically.mjs';
import type { Rendition } from './names';
import { makeRenditions, SPEC_VERSION } from './make';

/**
 * Renditions on disk, so that an image is encoded once in its life rather than on every request or in every
 * process. An entry is named by the sha256 of the source file's bytes, the rendition, SPEC_VERSION and the libvips
 * version: a replaced image, a changed encoding or a new libvips never meets an old entry, and identical sources
 * share theirs. Entries hold pixels only (no rights), and nothing reaches them but through the public gate (the
 * cache is a private folder, not public/), so renditions of embargoed images may be made ahead of the lift.
 *
 * Writes are atomic (lib/fs/write-atomically.mjs), so processes sharing the folder never read a torn file; two that
 * make the same entry at once write identical bytes and the last rename wins.
 */
const entryName = (hash: string, rendition: Rendition) =>
  path.join(hash.slice(0, 2), `${hash}-${rendition}-s${SPEC_VERSION}-vips${sharp.versions.vips}.jpg`);

/** The cache folder (MEDIA_CACHE_DIR; relative to the working directory, the project folder under `npm start`). */
export const mediaCacheDir = () => path.resolve(/* turbopackIgnore: true */ process.cwd(), env.mediaCacheDir);

/** Where the entry of a rendition of a source with this sha256 lives in the cache folder. */
export const cacheEntry = (dir: string, hash: string, rendition: Rendition) =>
  path.join(dir, entryName(hash, rendition));

/** A complete JPEG starts with SOI and ends with EOI; anything else (a truncated entry) is made again. */
const isCompleteJpeg = (bytes: Buffer) =>
  bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes.at(-2) === 0xff && bytes.at(-1) === 0xd9;

async function readEntry(file: string): Promise<Buffer | undefined> {
  try {
    const bytes = await readFile(file);
    return isCompleteJpeg(bytes) ? bytes : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * One image is made at a time per process: a large photo's decode holds a few hundred MB, and two cores gain nothing
 * from making two at once. Requests for the same source while it is being made wait for that one pass.
 */
let queue: Promise<unknown> = Promise.resolve();
const making = new Map<string, Promise<Map<Rendition, Buffer>>>();

function makeAll(dir: string, hash: string, source: Buffer): Promise<Map<Rendition, Buffer>> {
  let made = making.get(hash);
  if (!made) {
    made = queue.then(async () => {
      const renditions = await makeRenditions(source);
      for (const [rendition, bytes] of renditions)
        writeAtomically(cacheEntry(dir, hash, rendition), bytes, { flush: true });
      return renditions;
    });
    making.set(hash, made);
    queue = made.catch(() => undefined);
    void made.finally(() => making.delete(hash)).catch(() => undefined);
  }
  return made;
}

/** The rendition of the image at `sourcePath`, from the cache or made (with its siblings) on a miss. */
export async function cachedRendition(
  sourcePath: string,
  rendition: Rendition,
  dir = mediaCacheDir(),
): Promise<Buffer> {
  const source = await readFile(sourcePath);
  const hash = createHash('sha256').update(source).digest('hex');
  const cached = await readEntry(cacheEntry(dir, hash, rendition));
  if (cached) return cached;
  const made = (await makeAll(dir, hash, source)).get(rendition);
  if (!made) throw new Error(`No ${rendition} rendition was made of ${sourcePath}`);
  return made;
}
