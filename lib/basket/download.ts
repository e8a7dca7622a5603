import { createReadStream } from 'node:fs';
import { env } from '@/lib/env';
import { locales, type Locale } from '@/lib/i18n/locales';
import { zipLength, type ZipEntry } from '@/lib/downloads/zip-stream';
import { releaseFile } from '@/lib/media/files';
import { copyrightNotice } from '@/lib/media/image-rights';
import { originalBytes, originalSize } from '@/lib/media/original';
import { content } from '@/lib/content/facade';
import { deliveredRendition } from '@/lib/media/renditions/delivered';
import { checkItem, isRefusal, type Checked } from './check';
import type { BasketItem } from './items';
import { MAX_BYTES } from './items';
import { basketReadme, manifestCsv, type PlannedFile, type Refusal } from './manifest';

const encoder = new TextEncoder();

/** Where an item goes in the archive: under its release, a rendition named after its original. */
function entryPath({ facts, found }: Checked): string {
  if (facts.kind === 'video') return `${facts.slug}/${filmOf({ facts, found })}`;
  const stem = facts.file.replace(/\.[a-z0-9]+$/, '');
  if (facts.kind !== 'image' || facts.rendition === 'original') return `${facts.slug}/${facts.file}`;
  return `${facts.slug}/${stem}-${facts.rendition}.jpg`;
}

/** The film a video item names: the full-HD file, or the 720p one. */
function filmOf({ facts, found }: Pick<Checked, 'facts' | 'found'>): string {
  const film = facts.rendition === '720p' ? found.video?.small : found.video?.file;
  if (!film) throw new Error(`${facts.key}: not a video`);
  return film;
}

/** The bytes of one item, exactly those whose size the plan states (the memoised sizes are of these bytes). */
function entrySource(checked: Checked): ZipEntry['source'] {
  const { found, facts } = checked;
  if (facts.kind === 'document') return () => createReadStream(releaseFile(found.folder, found.file));
  if (facts.kind === 'video') {
    const film = filmOf(checked);
    return () => createReadStream(releaseFile(found.folder, film));
  }
  if (facts.rendition === 'original') return () => originalBytes(found);
  const rendition = facts.rendition;
  if (rendition === 'web' || rendition === '1x1' || rendition === '4x5' || rendition === '16x9')
    return async () => (await deliveredRendition(found, rendition)).body;
  throw new Error(`${facts.key}: no ${rendition} of a ${facts.kind}`);
}

/**
 * What comes with a video: its poster (rights written in, like every picture) and the captions of every language
 * it is published in, each found through the gate like the film.
 */
async function videoCompanions({ found, facts }: Checked): Promise<{ entry: ZipEntry; file: PlannedFile }[]> {
  const video = found.video;
  if (!video) return [];
  const captions = locales.flatMap(
    (l) => content.getRelease(l, facts.slug)?.videos.find((v) => v.file === video.file)?.captions ?? [],
  );
  const companions = [];
  for (const name of [video.poster, ...captions]) {
    const companion = content.findReleaseFile(facts.slug, name);
    if (!companion) continue;
    const path = `${facts.slug}/${name}`;
    const bytes = await originalSize(facts.slug, name);
    companions.push({
      entry: {
        path,
        size: bytes,
        source: companion.image
          ? () => originalBytes(companion)
          : () => createReadStream(releaseFile(companion.folder, companion.file)),
      },
      file: {
        path,
        kind: companion.image ? ('image' as const) : ('captions' as const),
        releaseTitle: facts.releaseTitle,
        releaseUrl: `${env.siteUrl}${facts.releasePath}`,
        bytes,
        credit: facts.credit,
        usage: facts.usage,
        expires: facts.expires,
        caption: facts.title,
      },
    });
  }
  return companions;
}

export type BasketPlan =
  | { kind: 'zip'; entries: ZipEntry[]; length: number; refused: Refusal[] }
  | { kind: 'nothing'; refused: Refusal[] }
  | { kind: 'overBytes'; length: number };

/**
 * A basket's archive, planned before its first byte: every item asked of the gate now (./check.ts), its entry's
 * size known, then manifest.csv and README.txt in the basket's language describing exactly those entries and
 * naming what was left out. The whole length is known, so it can be sent as Content-Length; over MAX_BYTES nothing
 * is sent.
 */
export async function planBasket(items: readonly BasketItem[], locale: Locale, madeAt: Date): Promise<BasketPlan> {
  const refused: Refusal[] = [];
  const entries: ZipEntry[] = [];
  const planned: PlannedFile[] = [];
  for (const item of items) {
    const checked = await checkItem(item, locale);
    if (isRefusal(checked)) {
      refused.push(checked);
      continue;
    }
    const { facts, found, image } = checked;
    const option = facts.options.find((o) => o.rendition === facts.rendition);
    if (!option) throw new Error(`${facts.key}: no ${facts.rendition} among its options`);
    const path = entryPath(checked);
    entries.push({ path, size: option.bytes, source: entrySource(checked) });
    planned.push({
      path,
      kind: facts.kind,
      releaseTitle: facts.releaseTitle,
      releaseUrl: `${env.siteUrl}${facts.releasePath}`,
      rendition: facts.rendition,
      width: option.width,
      height: option.height,
      bytes: option.bytes,
      credit: facts.credit,
      copyright: image && copyrightNotice(found.release, image),
      usage: facts.usage,
      expires: facts.expires,
      caption: facts.title,
      alt: facts.thumbnail?.alt,
    });
    for (const companion of await videoCompanions(checked)) {
      // A poster that is also an item of its own is in the archive once.
      if (entries.some((entry) => entry.path === companion.entry.path)) continue;
      entries.push(companion.entry);
      planned.push(companion.file);
    }
  }
  if (entries.length === 0) return { kind: 'nothing', refused };
  const texts = [
    ['manifest.csv', manifestCsv(locale, planned)],
    ['README.txt', basketReadme(locale, madeAt.toISOString(), planned, refused)],
  ] as const;
  for (const [path, text] of texts) {
    const bytes = encoder.encode(text);
    entries.push({ path, size: bytes.byteLength, source: () => bytes });
  }
  const length = zipLength(entries);
  return length > MAX_BYTES ? { kind: 'overBytes', length } : { kind: 'zip', entries, length, refused };
}
