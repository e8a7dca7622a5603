import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/early-access/csv';

describe('parseCsv', () => {
  it('reads RFC 4180 quoting, CRLF and LF, and numbers each record by the line it starts on', () => {
    expect(parseCsv('a,b\r\n"x, ""y""","multi\nline"\n\nlast,\n')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x, "y"', 'multi\nline'] },
        { line: 5, fields: ['last', ''] },
      ],
    });
    expect(parseCsv('no,newline')).toEqual({ ok: true, records: [{ line: 1, fields: ['no', 'newline'] }] });
    expect(parseCsv('"",""\n')).toEqual({ ok: true, records: [{ line: 1, fields: ['', ''] }] });
  });

  it('refuses a stray quote, text after a closing quote and an unclosed quote, with the line', () => {
    expect(parseCsv('a\nb"c\n')).toEqual({ ok: false, line: 2, error: 'a double quote inside an unquoted field' });
    expect(parseCsv('a\n\n"b"c\n')).toEqual({
      ok: false,
      line: 3,
      error: 'text after the closing double quote of a field',
    });
    expect(parseCsv('a\n"b\nc\n')).toEqual({ ok: false, line: 2, error: 'a double quote that is never closed' });
  });
});
