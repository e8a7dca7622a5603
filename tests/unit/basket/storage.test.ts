import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { add, emptyBasket, read, remove, setRendition, subscribe } from '@/lib/basket/storage';

/** localStorage over a Map, as a browser tab sees it; `failing` makes every write throw as a full quota does. */
function browserTab() {
  const values = new Map<string, string>();
  const state = { failing: false };
  const localStorage = {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (state.failing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      values.set(key, value);
    },
  };
  vi.stubGlobal('window', Object.assign(new EventTarget(), { localStorage }));
  return { values, state };
}

/** What the browser does in this tab when another tab of the site writes the basket. */
function otherTabWrites(values: Map<string, string>, value: string) {
  values.set('smart-newsroom:basket', value);
  window.dispatchEvent(Object.assign(new Event('storage'), { key: 'smart-newsroom:basket' }));
}

const stored = (values: Map<string, string>): unknown => JSON.parse(values.get('smart-newsroom:basket') ?? 'null');

describe('basket storage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-05T10:00:00Z'), toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('stores v1 items with their rendition (defaults by kind) and reads them back', () => {
    const { values } = browserTab();
    expect(read()).toBe(emptyBasket);
    expect(add({ slug: 'first-half-2025', file: 'hero.jpg' })).toBe('added');
    expect(add({ slug: 'smart-5', file: 'broll.mp4' })).toBe('added');
    expect(add({ slug: 'smart-5', file: 'fact-sheet.pdf' })).toBe('added');
    expect(add({ slug: 'smart-5', file: 'gallery-1.jpg', rendition: '4x5' })).toBe('added');
    expect(add({ slug: 'first-half-2025', file: 'hero.jpg', rendition: 'web' })).toBe('present');
    const added = '2026-12-05T10:00:00.000Z';
    expect(stored(values)).toEqual({
      v: 1,
      items: [
        { slug: 'first-half-2025', file: 'hero.jpg', rendition: 'original', added },
        { slug: 'smart-5', file: 'broll.mp4', rendition: '1080p', added },
        { slug: 'smart-5', file: 'fact-sheet.pdf', rendition: 'original', added },
        { slug: 'smart-5', file: 'gallery-1.jpg', rendition: '4x5', added },
      ],
    });
    expect(read()).toEqual(stored(values));

    setRendition('smart-5/gallery-1.jpg:4x5', '16x9');
    remove('smart-5/fact-sheet.pdf:original', 'smart-5/broll.mp4:1080p');
    expect(read().items.map(({ slug, file, rendition }) => `${slug}/${file}:${rendition}`)).toEqual([
      'first-half-2025/hero.jpg:original',
      'smart-5/gallery-1.jpg:16x9',
    ]);
    expect(() => setRendition('smart-5/gallery-1.jpg:16x9', '720p')).toThrow(
      'smart-5/gallery-1.jpg:16x9: "720p" is not a rendition of images (original, web, 1x1, 4x5, 16x9)',
    );
    expect(() => add({ slug: 'smart-5', file: '../secret.jpg' })).toThrow(
      'not a basket item: "../secret.jpg" is not a file name of a release',
    );
  });

  it('gives the same snapshot until the stored text changes', () => {
    browserTab();
    add({ slug: 'a', file: 'b.jpg' });
    const first = read();
    expect(read()).toBe(first);
    remove('a/b.jpg:original');
    expect(read()).not.toBe(first);
    expect(read()).toEqual(emptyBasket);
  });

  it('drops invalid entries and repeated files, and keeps at most 80', () => {
    const { values } = browserTab();
    const items = [
      { slug: 'ok', file: 'hero.jpg', rendition: 'web', added: '2026-12-01T00:00:00Z' },
      { slug: 'ok', file: 'hero.jpg', rendition: '1x1', added: '2026-12-01T00:00:00Z' },
      { slug: 'video', file: 'b.mp4', rendition: 'web', added: '2026-12-01T00:00:00Z' },
      { slug: 'no-date', file: 'hero.jpg', rendition: 'web', added: 'yesterday' },
      { slug: 'extra', file: 'a.pdf', rendition: 'original', added: '2026-12-01', note: 'kept out' },
      'junk',
      ...Array.from({ length: 85 }, (_, i) => ({ slug: `r${i}`, file: 'a.png', rendition: 'original', added: '2026' })),
    ];
    otherTabWrites(values, JSON.stringify({ v: 1, items }));
    const basket = read();
    expect(basket.items).toHaveLength(80);
    expect(basket.items.slice(0, 3)).toEqual([
      { slug: 'ok', file: 'hero.jpg', rendition: 'web', added: '2026-12-01T00:00:00Z' },
      { slug: 'extra', file: 'a.pdf', rendition: 'original', added: '2026-12-01' },
      { slug: 'r0', file: 'a.png', rendition: 'original', added: '2026' },
    ]);
    expect(basket.items.at(-1)?.slug).toBe('r77');
    expect(add({ slug: 'one-more', file: 'hero.jpg' })).toBe('full');
  });

  it('keeps an unreadable basket under :unreadable when it starts a new one', () => {
    for (const raw of ['{"v":2,"entries":[]}', '{not json']) {
      const { values } = browserTab();
      values.set('smart-newsroom:basket', raw);
      expect(read()).toEqual(emptyBasket);
      expect(add({ slug: 'a', file: 'b.jpg' })).toBe('added');
      expect(values.get('smart-newsroom:basket:unreadable')).toBe(raw);
      expect(read().items).toHaveLength(1);
    }
  });

  it('hears its own changes and another tab’s, and stops when unsubscribed', () => {
    const { values } = browserTab();
    const heard: number[] = [];
    const unsubscribe = subscribe(() => heard.push(read().items.length));
    add({ slug: 'a', file: 'b.jpg' });
    otherTabWrites(
      values,
      JSON.stringify({
        v: 1,
        items: [
          { slug: 'a', file: 'b.jpg', rendition: 'original', added: '2026-12-05T10:00:00Z' },
          { slug: 'c', file: 'd.pdf', rendition: 'original', added: '2026-12-05T10:01:00Z' },
        ],
      }),
    );
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'another-key' }));
    unsubscribe();
    add({ slug: 'e', file: 'f.jpg' });
    expect(heard).toEqual([1, 2]);
    expect(read().items).toHaveLength(3);
  });

  it('never throws when storage is unavailable or full', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(read()).toEqual(emptyBasket);
    expect(add({ slug: 'a', file: 'b.jpg' })).toBe('unsaved');
    const { state } = browserTab();
    state.failing = true;
    expect(add({ slug: 'a', file: 'b.jpg' })).toBe('unsaved');
    expect(read()).toEqual(emptyBasket);
  });
});
