import 'server-only';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

/**
 * Facts about a release's media files on disk. Files live beside the Markdown in content/releases/<folder>/ and
 * are served only through the gated media route, never from public/, so an embargoed image has no URL.
 */
export const releaseFile = (folder: string, file: string) => path.join(process.cwd(), 'content', 'releases', folder, file);

export type ImageInfo = { width: number; height: number; bytes: number; format: string; blurDataURL: string };

const cache = new Map<string, Promise<ImageInfo>>();

async function readInfo(file: string): Promise<ImageInfo> {
  const [meta, stats, blur] = await Promise.all([
    sharp(file).metadata(),
    stat(file),
    sharp(file).resize(16, 16, { fit: 'inside' }).jpeg({ quality: 50 }).toBuffer(),
  ]);
  return {
    width: meta.width ?? 0,
    height: meta.height ?? 0,
    bytes: stats.size,
    format: meta.format ?? 'unknown',
    blurDataURL: `data:image/jpeg;base64,${blur.toString('base64')}`,
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

/** The public URL of a release's file (defined with the other URL builders, kept here for existing imports). */
export { mediaPath } from '@/lib/urls';
