import { describe, expect, it } from 'vitest';
import {
  itemKey,
  itemKind,
  itemRenditions,
  MAX_BYTES,
  MAX_ITEMS,
  parseItemKey,
  parseItemKeys,
} from '@/lib/basket/items';

describe('basket item keys', () => {
  it('name a release file in a rendition, its kind from the extension', () => {
    expect(parseItemKey('first-half-2025/hero.jpg:1x1')).toEqual({
      key: 'first-half-2025/hero.jpg:1x1',
      slug: 'first-half-2025',
      file: 'hero.jpg',
      rendition: '1x1',
      kind: 'image',
    });
    expect(parseItemKey('smart-5/broll.mp4:720p')).toMatchObject({ kind: 'video', rendition: '720p' });
    expect(parseItemKey('smart-5/fact-sheet.pdf:original')).toMatchObject({ kind: 'document' });
    expect(itemKey({ slug: 'smart-5', file: 'gallery-2.webp', rendition: 'web' })).toBe('smart-5/gallery-2.webp:web');
    expect(['a.jpeg', 'a.png', 'a.webp', 'a.mp4', 'a.pdf', 'a.gif', 'A.jpg'].map(itemKind)).toEqual([
      'image',
      'image',
      'image',
      'video',
      'document',
      undefined,
      undefined,
    ]);
  });

  it('come in the renditions of their kind', () => {
    expect(itemRenditions).toEqual({
      image: ['original', 'web', '1x1', '4x5', '16x9'],
      video: ['1080p', '720p'],
      document: ['original'],
    });
  });

  it.each([
    ['../hero.jpg:original', '"../hero.jpg:original": ".." is not a release slug'],
    [
      'sample/../../etc/passwd.pdf:original',
      '"sample/../../etc/passwd.pdf:original": "../../etc/passwd.pdf" is not a file name of a release',
    ],
    [
      'sample/images/hero.jpg:original',
      '"sample/images/hero.jpg:original": "images/hero.jpg" is not a file name of a release',
    ],
    ['a%2Fb/hero.jpg:original', '"a%2Fb/hero.jpg:original": "a%2Fb" is not a release slug'],
    ['sample/a%2Fhero.jpg:original', '"sample/a%2Fhero.jpg:original": "a%2Fhero.jpg" is not a file name of a release'],
    ['sample/hero.jpg', '"sample/hero.jpg" is not release/file:rendition'],
    ['hero.jpg:original', '"hero.jpg:original" is not release/file:rendition'],
    ['sample/hero.jpg:4k', '"sample/hero.jpg:4k": "4k" is not a rendition'],
    [
      'sample/hero.jpg:720p',
      '"sample/hero.jpg:720p": "720p" is not a rendition of images (original, web, 1x1, 4x5, 16x9)',
    ],
    ['sample/broll.mp4:web', '"sample/broll.mp4:web": "web" is not a rendition of videos (1080p, 720p)'],
    ['sample/sheet.pdf:1x1', '"sample/sheet.pdf:1x1": "1x1" is not a rendition of documents (original)'],
  ])('refuse %s', (key, error) => {
    expect(parseItemKey(key)).toEqual({ error });
  });

  it('are parsed from a form field or a JSON list, each once, in order', () => {
    expect(parseItemKeys('sample/hero.jpg:web')).toMatchObject({ ok: true, items: [{ key: 'sample/hero.jpg:web' }] });
    expect(parseItemKeys(undefined)).toEqual({ ok: true, items: [] });
    const keys = ['b/2.jpg:web', 'a/1.pdf:original', 'b/2.jpg:web', 'b/2.jpg:original'];
    const parsed = parseItemKeys(keys);
    expect(parsed.ok && parsed.items.map((item) => item.key)).toEqual([
      'b/2.jpg:web',
      'a/1.pdf:original',
      'b/2.jpg:original',
    ]);
  });

  it('report every malformed key, and more than 80 distinct items as over the cap', () => {
    expect(parseItemKeys(['sample/hero.jpg:web', 7, '../x.jpg:web'])).toEqual({
      ok: false,
      reason: 'malformed',
      errors: ['item 2 is not a string', '"../x.jpg:web": ".." is not a release slug'],
    });
    expect(parseItemKeys({ item: 'sample/hero.jpg:web' })).toEqual({
      ok: false,
      reason: 'malformed',
      errors: ['items must be a list of keys'],
    });
    const keys = Array.from({ length: 81 }, (_, i) => `release-${i}/hero.jpg:original`);
    expect(parseItemKeys(keys)).toEqual({ ok: false, reason: 'overItems', count: 81 });
    expect(parseItemKeys([...keys.slice(0, 80), keys[0]])).toMatchObject({ ok: true });
    expect([MAX_ITEMS, MAX_BYTES]).toEqual([80, 2_147_483_648]);
  });
});
