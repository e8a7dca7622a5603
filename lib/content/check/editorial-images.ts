import { readFileSync, statSync } from 'node:fs';
import sharp from 'sharp';
import { embedRights } from '@/lib/media/rights-metadata';

/**
 * Release photos are downloaded by journalists for print and shown on the web: big enough for a magazine page,
 * light enough to download. The site serves the original file, so both limits apply to what is in the folder.
 */
const minLongSide = 2000;
const maxBytes = 15 * 1024 * 1024;

export type ImageProblem = {
  rule: 'image-size' | 'image-weight' | 'image-file';
  level: 'error' | 'warning';
  message: string;
};

/** Any rights will do: the check is whether the file's structure lets the site write them in when it sends it. */
const trialRights = {
  headline: 'check',
  credit: 'check',
  copyright: 'check',
  usageTerms: 'check',
  webStatement: 'https://example.com/',
  source: 'check',
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function checkImage(file: string): Promise<ImageProblem[]> {
  const problems: ImageProblem[] = [];
  const bytes = statSync(file).size;
  if (bytes > maxBytes) {
    problems.push({
      rule: 'image-weight',
      level: 'warning',
      message: `is ${megabytes(bytes)}: too heavy for the web (at most ${megabytes(maxBytes)}). Export it again as a JPEG, about 4000 pixels on the long side at quality 85, and replace the file`,
    });
  }
  try {
    const { width, height } = await sharp(file).metadata();
    const longSide = Math.max(width, height);
    if (longSide < minLongSide) {
      problems.push({
        rule: 'image-size',
        level: 'error',
        message: `is ${width} × ${height} pixels: too small for print, which needs at least ${minLongSide} pixels on the long side. Ask the photographer or agency for the original file`,
      });
    }
  } catch {
    problems.push({ rule: 'image-file', level: 'error', message: 'cannot be read as an image: export it again as a JPEG, PNG or WebP file' });
    return problems;
  }
  const rights = rightsProblem(file);
  return rights ? [...problems, rights] : problems;
}

/** Why the site could not write a credit into this picture when it sends it (posters too), or undefined. */
export function rightsProblem(file: string): ImageProblem | undefined {
  try {
    embedRights(readFileSync(file), trialRights);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      rule: 'image-file',
      level: 'error',
      message: `cannot carry its credit and terms inside the file, which every download does (${reason}): export it again as a JPEG, PNG or WebP file`,
    };
  }
}
