import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pageFileLocale, releaseFileLocale } from '@/lib/content/file-names';
import { parseMarkdownSource } from '@/lib/content/frontmatter';
import { formatDate } from '@/lib/i18n/format';
import { directionOf, type Locale } from '@/lib/i18n/locales';
import { rtlTokens } from '@/lib/og/bidi';
import { markdownFiles } from '@/tests/support/content-files';

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
      ...markdownFiles('content/releases').map((file): [string, Locale | undefined] => [
        file,
        releaseFileLocale(path.basename(file)),
      ]),
      ...markdownFiles('content/pages').map((file): [string, Locale | undefined] => [
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
