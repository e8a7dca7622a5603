import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEditorial } from '@/lib/content/check/editorial';
import { decodeSourceText } from '@/lib/content/source-text';
import { scanContent } from '@/lib/content/check/validate';
import { fixtureRoot, sampleRelease } from '@/tests/support/content-fixture';

/**
 * A release file saved the ways editors save it (Notepad, Word exports, Windows editors, GitHub uploads) is the same
 * release: the check passes it with the same fields, lines and body as the plain LF file.
 */
const original = readFileSync(path.join(fixtureRoot, sampleRelease), 'utf8');

const variants: Record<string, (text: string) => Uint8Array | string> = {
  'a UTF-8 byte order mark': (text) => `\uFEFF${text}`,
  'CRLF line ends': (text) => text.replace(/\n/g, '\r\n'),
  'old Mac CR line ends': (text) => text.replace(/\n/g, '\r'),
  'no final newline': (text) => text.replace(/\n+$/, ''),
  'trailing spaces after the fences and on lines': (text) =>
    text.replace(/^---$/gm, '---  ').replace(/^(title: .*)$/m, '$1 \t'),
  'all of them at once (Notepad on Windows)': (text) =>
    `\uFEFF${text.replace(/^---$/gm, '--- ').replace(/\n+$/, '').replace(/\n/g, '\r\n')}`,
};

function scanWith(content: Uint8Array | string) {
  const root = mkdtempSync(path.join(tmpdir(), 'newsroom-saved-'));
  try {
    cpSync(fixtureRoot, root, { recursive: true });
    writeFileSync(path.join(root, sampleRelease), content);
    const scan = scanContent(root);
    return { root, scan };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

describe('files as editors save them', () => {
  const plain = scanWith(original);
  const plainSource = plain.scan.sources.find((s) => s.file === `content/${sampleRelease}`);
  rmSync(plain.root, { recursive: true, force: true });

  for (const [name, save] of Object.entries(variants)) {
    it(`accepts ${name}`, async () => {
      const { root, scan } = scanWith(save(original));
      try {
        expect(scan.findings).toEqual([]);
        expect((await checkEditorial(scan, root)).filter((f) => f.level === 'error')).toEqual([]);
        const source = scan.sources.find((s) => s.file === `content/${sampleRelease}`);
        // The fixture's own values and lines, so that two missing files cannot compare equal.
        expect(source?.parsed.data).toMatchObject({ title: 'smart sample release', contacts: ['desk'] });
        expect(source?.parsed.body.trim()).toMatch(/^The sample body\./);
        expect(source?.parsed.lineOf(['contacts'])).toBe(15);
        expect(source?.parsed.data).toEqual(plainSource?.parsed.data);
        expect(source?.parsed.body.trimEnd()).toBe(plainSource?.parsed.body.trimEnd());
        expect(source?.parsed.bodyLine).toBe(plainSource?.parsed.bodyLine);
        expect(source?.parsed.lineOf(['contacts'])).toBe(plainSource?.parsed.lineOf(['contacts']));
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }

  it('refuses UTF-16 with an error that says so and names the file', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]);
    const { root, scan } = scanWith(utf16);
    rmSync(root, { recursive: true, force: true });
    expect(scan.findings).toEqual([
      expect.objectContaining({
        level: 'error',
        file: `content/${sampleRelease}`,
        message: expect.stringContaining('saved as UTF-16'),
      }),
    ]);
  });

  it('refuses Windows-1252 text with the line of the first wrong byte', () => {
    const latin1 = Buffer.from(original.replace('The sample body.', 'The sample body: café.'), 'latin1');
    const line = original.split('\n').findIndex((l) => l.includes('The sample body.')) + 1;
    const { root, scan } = scanWith(latin1);
    rmSync(root, { recursive: true, force: true });
    expect(scan.findings).toEqual([
      expect.objectContaining({
        level: 'error',
        file: `content/${sampleRelease}`,
        message: expect.stringMatching(new RegExp(`is not UTF-8 text \\(line ${line} has a byte, 0xe9`)),
      }),
    ]);
  });

  it('keeps a U+FFFD written in the file, which is valid UTF-8', () => {
    expect(decodeSourceText(new TextEncoder().encode('a \uFFFD b\r\n'))).toEqual({ text: 'a \uFFFD b\n' });
  });
});
