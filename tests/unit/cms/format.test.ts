import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { houseStyle } from '@/lib/cms/format-options';
import { formatMarkdown, formatYaml, parseMarkdown, parseYaml } from '@/lib/cms/format';

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

  it('writes the early-access groups on one line inside their object', () => {
    const earlyAccess = { groups: ['eu-auto-press', 'business-press'], from: '2026-12-01T09:00:00+01:00' };
    expect(formatYaml({ earlyAccess }, options)).toBe(
      'earlyAccess:\n  groups: [eu-auto-press, business-press]\n  from: "2026-12-01T09:00:00+01:00"\n',
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
