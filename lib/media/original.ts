import { readFile, stat } from 'node:fs/promises';
// The facade itself, not '@/lib/content': the download handler (pages/api) imports this file too.
import { content } from '@/lib/content/facade';
import type { ReleaseFile } from '@/lib/content/queries';
import { env } from '@/lib/env';
import { releaseFile } from './files';
import { withRights } from './image-rights';

/**
 * What /media/{slug}/{file} sends: a picture with its credit and terms written into the file (the English
 * translation's, the file being the same in every language: see findReleaseFile), an attachment as it is on disk.
 * The download handler sends these bytes and every link to the file states their size, so the two cannot differ.
 */
export async function originalBytes(found: ReleaseFile): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(await readFile(releaseFile(found.folder, found.file)));
  return found.image ? withRights(bytes, found.release, found.image, env.siteUrl, found.instructions) : bytes;
}

/** The size in bytes of what originalBytes gives, or of the file on disk where it is sent as it is. */
export function deliveredSize(found: ReleaseFile): Promise<number> {
  // Only pictures change on the way out; a film is not read whole to learn its size.
  return found.image
    ? originalBytes(found).then((bytes) => bytes.byteLength)
    : stat(releaseFile(found.folder, found.file)).then((file) => file.size);
}

const sizes = new Map<string, Promise<number>>();

/**
 * The size in bytes of what /media/{slug}/{file} sends, computed once per process (content does not change within
 * one; a file the gate does not let through has no size to show).
 */
export function originalSize(slug: string, file: string): Promise<number> {
  const key = `${slug}/${file}`;
  let size = sizes.get(key);
  if (!size) {
    const found = content.findReleaseFile(slug, file);
    if (!found) return Promise.reject(new Error(`${slug}/${file} is not a public release's file`));
    size = deliveredSize(found);
    sizes.set(key, size);
  }
  return size;
}
