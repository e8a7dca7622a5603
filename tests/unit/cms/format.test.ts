import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { houseStyle } from '@/lib/cms/format-options';
import { formatMarkdown, formatYaml, parseMarkdown, parseYaml } from '@/lib/cms/format';
import { withZoneOffset } from '@/lib/content/zoned-time';
import { scanContent } from '@/lib/content/check/validate';
import { edit, fixtureRoot } from '@/tests/support/content-fixture';

/** The editor writes every file through lib/cms/format.ts: it must reproduce the house style exactly. */
const options = houseStyle;
const contentFiles = (readdirSync('content', { recursive: true }) as string[])
  .filter((file) => /\.(md|yaml)$/.test(file) && file !== 'README.md')
  .map((file) => path.join('content', file));

describe('the house-style formatter', () => {
  it('reproduces every content file byte for byte, so a save changes only what was edited', () => {
    expect(contentFiles.length).toBeGreaterThan(100);
    const differing = contentFiles.filter((file) => {
      const text = readFileSync(file, 'utf8');
      const again = file.endsWith('.md')
        ? formatMarkdown(parseMarkdown(text, options), options)
        : formatYaml(parseYaml(text), options);
      return again !== text;
    });
    expect(differing).toEqual([]);
  });

  it('quotes every string, so a value that looks like a number, date or yes/no stays text', () => {
    const text = formatYaml({ value: '38', title: 'Yes: no', date: '2025-07-15', order: 3 }, options);
    expect(text).toBe('value: "38"\ntitle: "Yes: no"\ndate: "2025-07-15"\norder: 3\n');
    expect(parseYaml(text)).toEqual({ value: '38', title: 'Yes: no', date: '2025-07-15', order: 3 });
  });

  it('writes identifier lists on one line and text lists one item per line, never folded', () => {
    const long = 'A highlight that is far longer than eighty characters, which a default YAML writer would fold';
    expect(formatYaml({ topics: ['corporate', 'markets'], highlights: [long] }, options)).toBe(
      `topics: [corporate, markets]\nhighlights:\n  - "${long}"\n`,
    );
  });

  it('writes a false flag only when true, and reads a missing one as false', () => {
    const draft = formatMarkdown({ title: 'T', draft: true, body: 'Text.' }, options);
    expect(draft).toBe('---\ntitle: "T"\ndraft: true\n---\n\nText.\n');
    expect(formatMarkdown({ title: 'T', draft: false, body: 'Text.' }, options)).toBe(
      '---\ntitle: "T"\n---\n\nText.\n',
    );
    expect(parseMarkdown('---\ntitle: "T"\n---\n\nText.\n', options)).toEqual({
      title: 'T',
      draft: false,
      keyFigures: false,
      body: 'Text.',
    });
  });

  it('reads a file saved on Windows and ends the body with exactly one newline', () => {
    const parsed = parseMarkdown('---\r\ntitle: "T"\r\n---\r\n\r\nLine one.\r\nLine two.\r\n', options);
    expect(parsed.body).toBe('Line one.\nLine two.');
    expect(formatMarkdown({ ...parsed, body: 'Text.\n\n\n' }, options)).toBe('---\ntitle: "T"\n---\n\nText.\n');
  });
});

describe('a release time follows its time zone', () => {
  it('gives the local time the offset of the zone on that date, winter and summer', () => {
    expect(withZoneOffset('2026-03-02T10:00:00+08:00', 'Europe/Berlin')).toBe('2026-03-02T10:00:00+01:00');
    expect(withZoneOffset('2026-07-02T10:00:00+08:00', 'Europe/Berlin')).toBe('2026-07-02T10:00:00+02:00');
    expect(withZoneOffset('2026-07-02T10:00:00+01:00', 'America/Mexico_City')).toBe('2026-07-02T10:00:00-06:00');
  });

  it('leaves a time that already has its zone offset exactly as written', () => {
    expect(withZoneOffset('2025-07-15T10:00:30+08:00', 'Asia/Shanghai')).toBe('2025-07-15T10:00:30+08:00');
    expect(withZoneOffset('not a time', 'Asia/Shanghai')).toBe('not a time');
    expect(withZoneOffset('2025-07-15T10:00:00+08:00', 'Mars/Olympus')).toBe('2025-07-15T10:00:00+08:00');
  });
});

describe('the content check and the house style', () => {
  it('warns, naming the line, when a valid file is written in a way the editor would rewrite', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'newsroom-style-'));
    try {
      cpSync(fixtureRoot, root, { recursive: true });
      edit(root, 'releases/2025-07-15-sample/index.en.md', /^topics: \[(\w+)\]$/m, 'topics:\n  - $1');
      edit(root, 'contacts/desk.yaml', 'region: "global"', "region: 'global'");
      const { findings } = scanContent(root);
      expect(findings.filter((f) => f.level === 'error')).toEqual([]);
      const style = findings.filter((f) => f.message.includes('house style'));
      expect(style).toEqual([
        expect.objectContaining({
          level: 'warning',
          file: 'content/contacts/desk.yaml',
          line: 5,
          message: expect.stringContaining('it writes "region: \\"global\\""'),
        }),
        expect.objectContaining({
          level: 'warning',
          file: 'content/releases/2025-07-15-sample/index.en.md',
          message: expect.stringMatching(/it writes "topics: \[\w+\]"/),
        }),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
