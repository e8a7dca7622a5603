import { slugPattern } from '@/lib/content/taxonomy';
import { downloadRenditions } from '@/lib/media/renditions/names';

/**
 * What a basket item is, the same in the browser (lib/basket/storage.ts) and on the server (the download, the facts
 * of the basket page): a release's file in one rendition, named by the key `{slug}/{file}:{rendition}`. Slugs and
 * file names cannot hold `:` or `/`, so a key splits one way only, and a key that does not follow the content's
 * grammar (`..`, a `/` or an encoded `%2F` inside a name) names nothing and is refused before any lookup.
 */
export const itemRenditions = {
  image: ['original', ...downloadRenditions],
  video: ['1080p', '720p'],
  document: ['original'],
} as const;
export type ItemKind = keyof typeof itemRenditions;
export type Rendition = (typeof itemRenditions)[ItemKind][number];

/** What "Add to basket" picks: the file as published, a video in full HD. */
export const defaultRendition: Record<ItemKind, Rendition> = {
  image: 'original',
  video: '1080p',
  document: 'original',
};

/** Škoda's media cart holds 80; a POST download cannot resume, so 2 GB keeps a failure cheap (fflate: < 4 GiB). */
export const MAX_ITEMS = 80;
export const MAX_BYTES = 2 * 1024 ** 3;

export type ItemRef = { slug: string; file: string; rendition: Rendition };
export type BasketItem = ItemRef & { key: string; kind: ItemKind };

/**
 * lib/content/schema.ts's image and attachment file names (not exported there), with .mp4 for videos; the kind
 * follows from the extension.
 */
const fileNamePattern = /^[a-z0-9][a-z0-9._-]*\.(jpe?g|png|webp|mp4|pdf)$/;
const kinds: Record<string, ItemKind> = {
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  webp: 'image',
  mp4: 'video',
  pdf: 'document',
};

export const itemKey = ({ slug, file, rendition }: ItemRef) => `${slug}/${file}:${rendition}`;

/** The kind of a release file, or undefined when the name is not one the content allows. */
export function itemKind(file: string): ItemKind | undefined {
  const extension = fileNamePattern.exec(file)?.[1];
  return extension === undefined ? undefined : kinds[extension];
}

function isRenditionOf(kind: ItemKind, rendition: string): rendition is Rendition {
  const allowed: readonly string[] = itemRenditions[kind];
  return allowed.includes(rendition);
}

const anyRendition = new Set<string>(Object.values(itemRenditions).flat());

/** The item these parts name, or why they name none. */
export function toItem(slug: string, file: string, rendition: string): BasketItem | { error: string } {
  if (!slugPattern.test(slug)) return { error: `"${slug}" is not a release slug` };
  const kind = itemKind(file);
  if (!kind) return { error: `"${file}" is not a file name of a release` };
  if (!anyRendition.has(rendition)) return { error: `"${rendition}" is not a rendition` };
  if (!isRenditionOf(kind, rendition)) {
    return { error: `"${rendition}" is not a rendition of ${kind}s (${itemRenditions[kind].join(', ')})` };
  }
  return { key: itemKey({ slug, file, rendition }), slug, file, rendition, kind };
}

export function parseItemKey(key: string): BasketItem | { error: string } {
  const colon = key.lastIndexOf(':');
  const slash = key.indexOf('/');
  if (slash < 0 || colon < slash) return { error: `"${key}" is not release/file:rendition` };
  const item = toItem(key.slice(0, slash), key.slice(slash + 1, colon), key.slice(colon + 1));
  return 'error' in item ? { error: `"${key}": ${item.error}` } : item;
}

export type ParsedItems =
  | { ok: true; items: BasketItem[] }
  | { ok: false; reason: 'malformed'; errors: string[] }
  | { ok: false; reason: 'overItems'; count: number };

/**
 * The items a request names (a form's repeated field: a string or a list of them; JSON: a list), each key once in
 * the order given. Malformed keys are all reported; more than MAX_ITEMS distinct items is over the cap.
 */
export function parseItemKeys(values: unknown): ParsedItems {
  const list: unknown = typeof values === 'string' ? [values] : (values ?? []);
  if (!Array.isArray(list)) return { ok: false, reason: 'malformed', errors: ['items must be a list of keys'] };
  const items = new Map<string, BasketItem>();
  const errors: string[] = [];
  list.forEach((value: unknown, index) => {
    const item = typeof value === 'string' ? parseItemKey(value) : { error: `item ${index + 1} is not a string` };
    if ('error' in item) errors.push(item.error);
    else if (!items.has(item.key)) items.set(item.key, item);
  });
  if (errors.length > 0) return { ok: false, reason: 'malformed', errors };
  if (items.size > MAX_ITEMS) return { ok: false, reason: 'overItems', count: items.size };
  return { ok: true, items: [...items.values()] };
}
