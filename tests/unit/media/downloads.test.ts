import { describe, expect, it } from 'vitest';
import { byteRange } from '@/lib/media/downloads';

describe('byteRange', () => {
  it('reads one range of each form, clamped to the file', () => {
    expect(byteRange('bytes=0-99', 1000)).toEqual([0, 99]);
    expect(byteRange('bytes=900-', 1000)).toEqual([900, 999]);
    expect(byteRange('bytes=-100', 1000)).toEqual([900, 999]);
    expect(byteRange('bytes=-5000', 1000)).toEqual([0, 999]);
    expect(byteRange('bytes=990-2000', 1000)).toEqual([990, 999]);
  });

  it('sends the whole file for no range, several ranges or a malformed one', () => {
    for (const header of [undefined, '', 'bytes=0-1,5-9', 'items=0-9', 'bytes=-', 'bytes=9-3', 'bytes=a-b'])
      expect(byteRange(header, 1000), String(header)).toBeUndefined();
  });

  it('refuses a range that starts past the end', () => {
    expect(byteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(byteRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(byteRange('bytes=0-', 0)).toBe('unsatisfiable');
  });
});
