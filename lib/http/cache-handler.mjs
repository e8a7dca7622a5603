import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { writeAtomically } from '../fs/write-atomically.mjs';

/**
 * Next's cache handler (next.config.ts `cacheHandler`, with `images.customCacheHandler`): pages as Next keeps them,
 * resized images on disk, each written whole before any worker can read it.
 *
 * - Pages, route responses and fetches go to Next's own FileSystemCache, unchanged. With `isrFlushToDisk: false`
 *   (next.config.ts says why) a revalidated page stays in its worker's memory.
 * - Next's own disk cache of resized images is off with that setting. Without a cache, every request that reaches Next
 *   resizes again: 110–180 ms for a 256 px thumbnail against 6 ms from the cache, and the budget's measure of a release
 *   page waited for its photo (Lighthouse LCP 3.1 s against 2.4 s with the cache, bench/README.md). Here each size
 *   of an image is one file in .next/cache/resized-images, written atomically (lib/fs/write-atomically.mjs), so
 *   that the two workers of scripts/start.mjs, which share the folder, never read half of one.
 *
 * The folder holds at most one file per image, width, quality and format that the site serves (the media route
 * answers only for published files). `next build` leaves .next/cache in place, so a deployment keeps it.
 */
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

const IMAGE = 'IMAGE';

export default class CacheHandler extends FileSystemCache {
  /**
   * .next/cache/resized-images (serverDistDir is .next/server; Next's own image cache was .next/cache/images, in
   * another layout). Next makes some instances without serverDistDir; the image optimizer's, the one asked for
   * images, has it. Not traced (turbopackIgnore): the folder is written at run time, and Turbopack would otherwise
   * trace the whole project.
   */
  get imageDir() {
    return path.join(/* turbopackIgnore: true */ this.serverDistDir, '..', 'cache', 'resized-images');
  }

  async get(key, context) {
    if (context?.kind !== IMAGE) return super.get(key, context);
    let file;
    try {
      file = await readFile(path.join(/* turbopackIgnore: true */ this.imageDir, key));
    } catch {
      return null;
    }
    const headerLength = file.readUInt32BE(0);
    const { lastModified, ...entry } = JSON.parse(file.subarray(4, 4 + headerLength).toString('utf8'));
    return { lastModified, value: { ...entry, kind: IMAGE, buffer: file.subarray(4 + headerLength) } };
  }

  async set(key, data, context) {
    if (context?.kind !== IMAGE) return super.set(key, data, context);
    if (data?.kind !== IMAGE) return;
    // etag, extension, upstreamEtag and revalidate: what the image optimizer reads back beside the bytes.
    const { buffer, kind: _kind, ...entry } = data;
    const header = Buffer.from(JSON.stringify({ ...entry, lastModified: Date.now() }), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(header.length);
    writeAtomically(
      path.join(/* turbopackIgnore: true */ this.imageDir, key),
      Buffer.concat([length, header, buffer]),
      { flush: true },
    );
  }
}
