import { defaultRendition, itemKey, itemKind, MAX_ITEMS, toItem, type ItemRef, type Rendition } from './items';

/**
 * The basket in the browser's localStorage: no account, it survives reloads and is shared by the tabs of one site.
 * Functional storage of what the visitor chose, no personal data. Client-safe (no zod, nothing of the server), and
 * shaped for React's useSyncExternalStore: `read` returns the same object until the stored text changes, and
 * `subscribe` hears this tab's changes (an event of our own) and other tabs' (the `storage` event). Where storage is
 * unavailable (blocked, private mode, full) the basket reads as empty and writes say they were not saved.
 */
const basketKey = 'smart-newsroom:basket';
/** A basket this version cannot read (a later version's, or damaged), kept for a later version to migrate. */
const unreadableKey = `${basketKey}:unreadable`;
const changeEvent = 'smart-newsroom:basket-change';

type StoredItem = ItemRef & { added: string };
export type Basket = { v: 1; items: readonly StoredItem[] };
/** The basket on the server and before storage is read (useSyncExternalStore's server snapshot). */
export const emptyBasket: Basket = { v: 1, items: [] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isStoredItem(value: unknown): value is StoredItem {
  if (!isRecord(value)) return false;
  const { slug, file, rendition, added } = value;
  return (
    typeof slug === 'string' &&
    typeof file === 'string' &&
    typeof rendition === 'string' &&
    typeof added === 'string' &&
    !Number.isNaN(Date.parse(added)) &&
    !('error' in toItem(slug, file, rendition))
  );
}

const sameFile = (a: Pick<ItemRef, 'slug' | 'file'>) => (b: Pick<ItemRef, 'slug' | 'file'>) =>
  a.slug === b.slug && a.file === b.file;

/** The basket a stored text holds: valid items only, each file once, at most MAX_ITEMS; undefined if unreadable. */
function parse(raw: string | null): Basket | undefined {
  if (raw === null) return emptyBasket;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.v !== 1) return undefined;
  const items: StoredItem[] = [];
  for (const item of Array.isArray(value.items) ? value.items : []) {
    if (isStoredItem(item) && !items.some(sameFile(item)) && items.length < MAX_ITEMS) {
      items.push({ slug: item.slug, file: item.file, rendition: item.rendition, added: item.added });
    }
  }
  return { v: 1, items };
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function storedText(): string | null {
  try {
    return storage()?.getItem(basketKey) ?? null;
  } catch {
    return null;
  }
}

let snapshot: { raw: string | null; basket: Basket } = { raw: null, basket: emptyBasket };

export function read(): Basket {
  const raw = storedText();
  if (raw !== snapshot.raw) snapshot = { raw, basket: parse(raw) ?? emptyBasket };
  return snapshot.basket;
}

/** Stores the items (first moving an unreadable basket aside) and tells this tab; false when nothing was stored. */
function write(items: readonly StoredItem[]): boolean {
  const store = storage();
  try {
    if (!store) return false;
    const raw = store.getItem(basketKey);
    if (raw !== null && !parse(raw)) store.setItem(unreadableKey, raw);
    store.setItem(basketKey, JSON.stringify({ v: 1, items }));
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(changeEvent));
  return true;
}

export type AddResult = 'added' | 'present' | 'full' | 'unsaved';

/** Adds a release file in `rendition`, or its kind's default rendition; throws for a file no release can hold. */
export function add(item: { slug: string; file: string; rendition?: Rendition }): AddResult {
  const kind = itemKind(item.file);
  const checked = toItem(item.slug, item.file, item.rendition ?? (kind ? defaultRendition[kind] : ''));
  if ('error' in checked) throw new Error(`not a basket item: ${checked.error}`);
  const { items } = read();
  if (items.some(sameFile(checked))) return 'present';
  if (items.length >= MAX_ITEMS) return 'full';
  const { slug, file, rendition } = checked;
  return write([...items, { slug, file, rendition, added: new Date().toISOString() }]) ? 'added' : 'unsaved';
}

/** Removes the items with these keys (`{slug}/{file}:{rendition}`). */
export function remove(...keys: string[]): void {
  const { items } = read();
  const kept = items.filter((item) => !keys.includes(itemKey(item)));
  if (kept.length < items.length) write(kept);
}

/** Chooses another rendition for the item with this key; throws for a rendition its kind does not come in. */
export function setRendition(key: string, rendition: Rendition): void {
  const { items } = read();
  const changed = items.map((item) => {
    if (itemKey(item) !== key) return item;
    const checked = toItem(item.slug, item.file, rendition);
    if ('error' in checked) throw new Error(`${key}: ${checked.error}`);
    return { ...item, rendition };
  });
  if (changed.some((item, index) => item !== items[index])) write(changed);
}

export function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    // null: another tab cleared all of this site's storage.
    if (event.key === basketKey || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(changeEvent, listener);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(changeEvent, listener);
  };
}
