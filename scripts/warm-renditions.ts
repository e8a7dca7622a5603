import { loadContent } from '@/lib/content/load';
import { releaseFile } from '@/lib/media/files';
import { cachedRendition, mediaCacheDir } from '@/lib/media/renditions/cache';
import { renditions } from '@/lib/media/renditions/names';

/**
 * `npm run build` (before `next build`): makes the renditions every release image lacks in the cache
 * (lib/media/renditions/cache.ts), drafts and embargoed releases included. The cache is private disk that only
 * the gate opens, so nothing is exposed early, and the first request after an embargo lifts does not wait seconds
 * for encoding while the crowd queues behind the front's cache lock. Pages then state each rendition's exact size
 * without encoding anything. With a cache folder that survives deploys (MEDIA_CACHE_DIR), an unchanged image costs
 * nothing here.
 */
async function main() {
  const started = performance.now();
  const sources = new Set<string>();
  for (const release of loadContent().releases)
    for (const image of [release.hero, ...release.gallery]) sources.add(releaseFile(release.folder, image.file));
  for (const source of sources) for (const rendition of renditions) await cachedRendition(source, rendition);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`renditions: ${sources.size} images ready in ${mediaCacheDir()} (${seconds} s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
