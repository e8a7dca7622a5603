import { createReadStream } from 'node:fs';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { zipLength, type ZipEntry } from '@/lib/downloads/zip-stream';
import { releaseFile } from '@/lib/media/files';
import { copyrightNotice } from '@/lib/media/image-rights';
import { originalBytes } from '@/lib/media/original';
import { deliveredRendition } from '@/lib/media/renditions/delivered';
import { checkItem, isRefusal, type Checked } from './check';
import type { BasketItem } from './items';
import { MAX_BYTES } from './items';
import { basketReadme, manifestCsv, type PlannedFile, type Refusal } from './manifest';

const encoder = new TextEncoder();

/** Where an item goes in the archive: under its release, a rendition named after its original. */
function entryPath({ facts }: Checked): string {
  const stem = facts.file.replace(/\.[a-z0-9]+$/, '');
  return facts.rendition === 'original'
    ? `${facts.slug}/${facts.file}`
    : `${facts.slug}/${stem}-${facts.rendition}.jpg`;
}

/** The bytes of one item, exactly those whose size the plan states (the memoised sizes are of these bytes). */
function entrySource(checked: Checked): ZipEntry['source'] {
  const { found, facts } = checked;
  if (facts.kind === 'document') return () => createReadStream(releaseFile(found.folder, found.file));
  if (facts.rendition === 'original') return () => originalBytes(found);
  const rendition = facts.rendition;
  if (rendition === 'web' || rendition === '1x1' || rendition === '4x5' || rendition === '16x9')
    return async () => (await deliveredRendition(found, rendition)).body;
  throw new Error(`${facts.key}: no ${rendition} of a ${facts.kind}`);
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
