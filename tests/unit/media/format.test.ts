import { describe, expect, it } from 'vitest';
import { formatDuration, formatFileSize, formatPixels } from '@/lib/media/format';

describe('what a download link says about its file', () => {
  it('gives sizes in decimal units with the language’s unit names', () => {
    expect(formatFileSize('en', 999)).toBe('999 byte');
    expect(formatFileSize('en', 411_000)).toBe('411 kB');
    expect(formatFileSize('fr', 1_250_000)).toMatch(/^1,3\sMo$/);
  });

  it('writes pixels without digit grouping', () => {
    expect(formatPixels('de', 1920, 1080)).toBe('1920 × 1080');
  });

  it('gives a running time in minutes and seconds, leaving out what is zero', () => {
    expect(formatDuration('en', 42.4)).toBe('42 sec');
    expect(formatDuration('en', 71.6)).toBe('1 min, 12 sec');
    expect(formatDuration('en', 120)).toBe('2 min');
    expect(formatDuration('de', 72)).toBe('1 Min., 12 Sek.');
    expect(formatDuration('zh', 72)).toBe('1分钟12秒');
    expect(formatDuration('en', 0.2)).toBe('0 sec');
  });
});
