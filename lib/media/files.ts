import path from 'node:path';
import sharp from 'sharp';
import { readMp4 } from '@/lib/video/mp4';

/**
 * Facts about a release's media files on disk. Files live beside the Markdown in content/releases/<folder>/ and
 * are served only through the gated media route, never from public/, so an embargoed image has no URL.
 * Node-only by its imports (fs, sharp); no 'server-only' marker, because the download handlers under pages/api
 * use it and Next compiles those without the react-server condition, where the marker throws.
 */
export const releaseFile = (folder: string, file: string) =>
  // Not traced: Turbopack would otherwise match every file under content/releases into the build's file traces (280,000
  // at 30,000 release pages, 40 s of `next build`, bench/README.md). Deployments ship content/ themselves
  // (docs/deployment.md).
  path.join(/* turbopackIgnore: true */ process.cwd(), 'content', 'releases', folder, file);

/**
 * `placeholder` is the image cut to 16 px as a JPEG data URL. next/image draws it scaled to the image's box as the
 * background until the image loads (the browser's smoothing of the upscale blurs it). Next's own `placeholder="blur"`
 * wraps the same data in an SVG with two Gaussian blur filters: every such image is an SVG document of its own that the
 * browser creates, lays out and filters on the main thread during the page's first rendering (issue 22, bench/README.md).
 */
export type ImageInfo = { width: number; height: number; format: string; placeholder: `data:image/${string}` };

const cache = new Map<string, Promise<ImageInfo>>();

async function readInfo(file: string): Promise<ImageInfo> {
  const [meta, blur] = await Promise.all([
    sharp(file).metadata(),
    sharp(file).resize(16, 16, { fit: 'inside' }).jpeg({ quality: 50 }).toBuffer(),
  ]);
  return {
    width: meta.width ?? 0,
    height: meta.height ?? 0,
    format: meta.format ?? 'unknown',
    placeholder: `data:image/jpeg;base64,${blur.toString('base64')}`,
  };
}

export function imageInfo(folder: string, file: string): Promise<ImageInfo> {
  const key = `${folder}/${file}`;
  let info = cache.get(key);
  if (!info) {
    info = readInfo(releaseFile(folder, file));
    cache.set(key, info);
  }
  return info;
}

export type FilmInfo = { duration: number; width: number; height: number };

const films = new Map<string, FilmInfo>();

/**
 * A film's duration in seconds and its picture's pixels, read once per process from its MP4 index (lib/video/mp4.ts),
 * like imageInfo: the content does not change under a running server. The content check reads files afresh.
 */
export function filmInfo(folder: string, file: string): FilmInfo {
  const key = `${folder}/${file}`;
  let info = films.get(key);
  if (!info) {
    const facts = readMp4(releaseFile(folder, file));
    const { width = 0, height = 0 } = facts.tracks.find((track) => track.kind === 'video') ?? {};
    info = { duration: facts.duration, width, height };
    films.set(key, info);
  }
  return info;
}
