import { describe, expect, it } from 'vitest';
import type { RenditionOption } from '@/lib/basket/facts';
import { MAX_BYTES, MAX_ITEMS } from '@/lib/basket/items';
import { basketTotals, chosenOption, maxSizeText, optionText, type OptionTemplates } from '@/lib/basket/totals';
import { messages } from '@/lib/i18n/messages';

const original: RenditionOption = { rendition: 'original', type: 'JPG', width: 3000, height: 2000, bytes: 91_234 };
const square: RenditionOption = { rendition: '1x1', type: 'JPG', width: 2000, height: 2000, bytes: 1_510_000 };
const options = [original, square];

const templates = (locale: 'en' | 'de'): OptionTemplates => ({
  option: messages(locale).basket.option,
  optionWithoutPixels: messages(locale).basket.optionWithoutPixels,
  renditions: messages(locale).media.renditions,
});

describe('chosenOption', () => {
  it('finds the stored rendition, or falls back to the first option', () => {
    expect(chosenOption(options, '1x1')?.bytes).toBe(1_510_000);
    expect(chosenOption(options, 'web')?.rendition).toBe('original');
    expect(chosenOption([], 'web')).toBeUndefined();
  });
});

describe('basketTotals', () => {
  it('counts and sums the chosen sizes', () => {
    expect(basketTotals([91_234, 1_510_000])).toEqual({ count: 2, bytes: 1_601_234 });
    expect(basketTotals([])).toEqual({ count: 0, bytes: 0 });
  });

  it('names the cap a download would pass', () => {
    expect(basketTotals([MAX_BYTES])).toEqual({ count: 1, bytes: MAX_BYTES });
    expect(basketTotals([MAX_BYTES, 1])).toEqual({ count: 2, bytes: MAX_BYTES + 1, over: 'bytes' });
    expect(basketTotals(Array.from({ length: MAX_ITEMS + 1 }, () => 1))).toMatchObject({ count: 81, over: 'items' });
  });
});

describe('maxSizeText', () => {
  it('states the byte cap in whole gigabytes in the locale’s words', () => {
    expect(maxSizeText('en')).toBe('2 GB');
    expect(maxSizeText('fr')).toBe('2\u202fGo');
  });
});

describe('optionText', () => {
  it('says the rendition, type, pixels and size', () => {
    expect(optionText('en', templates('en'), square)).toBe('Square 1:1, JPG, 2000 × 2000 px, 1.5 MB');
    expect(optionText('de', templates('de'), original)).toBe(
      `${messages('de').media.renditions.original}, JPG, 3000 × 2000 px, 91 kB`,
    );
  });

  it('leaves out the pixels of a document', () => {
    expect(optionText('en', templates('en'), { rendition: 'original', type: 'PDF', bytes: 2_400 })).toBe(
      'Original, PDF, 2 kB',
    );
  });
});
