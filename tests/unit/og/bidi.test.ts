import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cropBox } from '@/lib/media/crops';
import { pageFileLocale, releaseFileLocale } from '@/lib/content/file-names';
import { parseMarkdownSource } from '@/lib/content/frontmatter';
import { formatDate } from '@/lib/i18n/format';
import { directionOf, type Locale } from '@/lib/i18n/locales';
import { arabicVisual } from '@/lib/og/arabic-forms';
import { rtlTokens } from '@/lib/og/bidi';
import { ogColors } from '@/lib/og/card';
import { parseOgPath } from '@/lib/routing';

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

describe('Open Graph image paths', () => {
  it('reads release and brand page targets, and nothing else', () => {
    expect(parseOgPath(['releases', 'first-half-2025.png'])).toEqual({ kind: 'release', slug: 'first-half-2025' });
    expect(parseOgPath(['about', 'history.png'])).toEqual({ kind: 'page', path: 'about/history' });
    expect(parseOgPath(['about.png'])).toEqual({ kind: 'page', path: 'about' });
    for (const bad of [
      [],
      ['about'],
      ['releases', 'a', 'b.png'],
      ['releases.png'],
      ['.png'],
      ['about', '.png'],
      ['about.jpg'],
    ])
      expect(parseOgPath(bad)).toBeUndefined();
  });
});

describe('image crops', () => {
  it('takes the largest centred region of the exact ratio and scales it to at most 1200 wide', () => {
    expect(cropBox(3000, 2000, '16x9')).toEqual({
      left: 4,
      top: 158,
      width: 2992,
      height: 1683,
      outWidth: 1200,
      outHeight: 675,
    });
    expect(cropBox(3000, 2000, '1x1')).toEqual({
      left: 500,
      top: 0,
      width: 2000,
      height: 2000,
      outWidth: 1200,
      outHeight: 1200,
    });
    expect(cropBox(3000, 2000, '4x3')).toMatchObject({ width: 2664, height: 1998, outWidth: 1200, outHeight: 900 });
    const small = cropBox(640, 480, '16x9');
    expect(small.outWidth / small.outHeight).toBe(16 / 9);
    expect(small.outWidth).toBeLessThanOrEqual(640);
  });
});

describe('Open Graph card', () => {
  it('uses the colour tokens of app/globals.css', () => {
    const css = readFileSync('app/globals.css', 'utf8').toLowerCase();
    for (const colour of Object.values(ogColors)) expect(css).toContain(colour);
  });
});

/** WOFF 1.0 to a plain sfnt (HarfBuzz reads no WOFF): inflate each table, write a new table directory. */
function woffToSfnt(woff: Buffer): Buffer {
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compLength, origLength] = [
      woff.readUInt32BE(at + 4),
      woff.readUInt32BE(at + 8),
      woff.readUInt32BE(at + 12),
    ];
    const raw = woff.subarray(offset, offset + compLength);
    return { tag: woff.subarray(at, at + 4), data: compLength < origLength ? inflateSync(raw) : raw };
  });
  const head = Buffer.alloc(12 + 16 * count);
  head.writeUInt32BE(woff.readUInt32BE(4), 0);
  head.writeUInt16BE(count, 4);
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((table, i) => {
    table.tag.copy(head, 12 + i * 16);
    head.writeUInt32BE(offset, 12 + i * 16 + 8);
    head.writeUInt32BE(table.data.length, 12 + i * 16 + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.md') ? [full] : [];
  });
}

describe('Open Graph fonts (app/fonts/og)', () => {
  const fontDir = 'app/fonts/og';
  const covered = new Set<number>();
  for (const file of readdirSync(fontDir).filter((f) => f.endsWith('.woff'))) {
    for (const code of new Face(new Blob(woffToSfnt(readFileSync(path.join(fontDir, file))))).collectUnicodes())
      covered.add(code);
  }
  const frontmatter = z.looseObject({
    title: z.string(),
    publishedAt: z.string().optional(),
    timeZone: z.string().optional(),
  });

  it('have a glyph for every character of every title and date a card shows (else run npm run make:og-fonts)', () => {
    const missing: string[] = [];
    const cards = [
      ...files('content/releases').map((file): [string, Locale | undefined] => [
        file,
        releaseFileLocale(path.basename(file)),
      ]),
      ...files('content/pages').map((file): [string, Locale | undefined] => [
        file,
        pageFileLocale(path.basename(file)),
      ]),
    ];
    expect(cards.length).toBeGreaterThan(20);
    for (const [file, locale] of cards) {
      const fields = frontmatter.safeParse(parseMarkdownSource(readFileSync(file, 'utf8')).data);
      if (!locale || !fields.success) throw new Error(`${file}: no locale or title`);
      const { title, publishedAt, timeZone } = fields.data;
      const date = publishedAt ? formatDate(locale, publishedAt, timeZone) : '';
      const shown =
        directionOf(locale) === 'rtl'
          ? [title, date].flatMap((text) => rtlTokens(text).map((t) => t.text)).join('')
          : title + date;
      for (const char of shown) {
        const code = char.codePointAt(0) ?? 0;
        if (!/\s/u.test(char) && !covered.has(code))
          missing.push(`${file}: "${char}" (U+${code.toString(16).toUpperCase()})`);
      }
    }
    expect(missing).toEqual([]);
    expect(covered.has('龘'.codePointAt(0) ?? 0)).toBe(false);
  });
});

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
    const sources = [...files('content').filter(arabic), 'messages/ar.json'];
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
