import { describe, expect, it } from 'vitest';
import { rtlTokens } from '@/lib/og/bidi';

describe('right-to-left lines for next/og', () => {
  it('keeps Latin runs whole, cuts Arabic into words and mirrors punctuation, in logical order', () => {
    const tokens = rtlTokens('smart #5 BRABUS تحتفل «عام» 2025: جديدة');
    expect(tokens.map((t) => [t.rtl ? 'R' : 'L', t.spaceAfter])).toEqual([
      ['L', true],
      ['R', true],
      ['R', false],
      ['R', false],
      ['R', true],
      ['L', false],
      ['R', true],
      ['R', false],
    ]);
    expect(tokens[0]?.text).toBe('smart #5 BRABUS');
    expect(tokens[2]?.text).toBe('»');
    expect(tokens[4]?.text).toBe('«');
    expect(tokens[5]?.text).toBe('2025');
    expect(tokens[6]?.text).toBe(':');
  });
});
