import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFileLocale, releaseFileLocale } from '@/lib/content/file-names';
import { markdownFiles } from '@/tests/support/content-files';

describe('Arabic web font (app/fonts/noto-sans-arabic-wght-400-800.woff2)', () => {
  // The subset's ranges, as cut by the command in app/[locale]/layout.tsx.
  const subset = [
    [0x0600, 0x06ff],
    [0x200c, 0x200f],
    [0xfd3e, 0xfd3f],
    [0xfdf2, 0xfdf2],
    [0xfdfc, 0xfdfc],
  ];
  // Every block of the Arabic script that the full font covered.
  const arabicScript = [
    [0x0600, 0x06ff],
    [0x0750, 0x077f],
    [0x0870, 0x08ff],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ];
  const within = (ranges: number[][], code: number) => ranges.some(([from = 0, to = 0]) => code >= from && code <= to);

  it('covers every Arabic-script character of the Arabic content and interface (else cut the subset again)', () => {
    const arabic = (file: string) =>
      (releaseFileLocale(path.basename(file)) ?? pageFileLocale(path.basename(file))) === 'ar';
    const sources = [...markdownFiles('content').filter(arabic), 'messages/ar.json'];
    expect(sources.length).toBeGreaterThan(10);
    const missing = new Set<string>();
    for (const file of sources) {
      for (const char of readFileSync(file, 'utf8')) {
        const code = char.codePointAt(0) ?? 0;
        if (within(arabicScript, code) && !within(subset, code))
          missing.add(`${file}: U+${code.toString(16).toUpperCase()}`);
      }
    }
    expect([...missing]).toEqual([]);
    expect(within(subset, 'ڤ'.codePointAt(0) ?? 0)).toBe(true);
    expect(within(subset, 'ݐ'.codePointAt(0) ?? 0)).toBe(false);
  });
});
