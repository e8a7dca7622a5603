import { describe, expect, it } from 'vitest';
import { arabicVisual } from '@/lib/og/arabic-forms';

describe('right-to-left lines for next/og', () => {
  it('writes Arabic words as joined presentation forms in visual order, with the lam-alef ligature', () => {
    // سلام: seen initial, lam-alef final, meem final; reversed for left-to-right drawing.
    expect(arabicVisual('سلام')).toBe('\ufee2\ufefc\ufeb3');
    // من: meem initial, noon final. و (right-joining) breaks the join: ورد = waw, reh, dal isolated.
    expect(arabicVisual('من')).toBe('\ufee6\ufee3');
    expect(arabicVisual('ورد')).toBe('\ufea9\ufead\ufeed');
    // A mark (shadda) stays with its letter: تفعّل.
    expect(arabicVisual('تفعّل')).toBe('\ufede\ufecc\u0651\ufed4\ufe97');
    expect(arabicVisual('abc')).toBe('cba');
  });
});
