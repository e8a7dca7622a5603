/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF, a field in double quotes may hold commas, line
 * breaks and doubled quotes. Each record carries the line it starts on, so an error can point into the file.
 */
type CsvRecord = { line: number; fields: string[] };

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; error: string };

export function parseCsv(text: string): CsvResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  // Whether the current field began with a quote (and so may only be followed by a separator once it closes).
  let wasQuoted = false;
  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    // A blank line (and the newline at the end of the file) is no record.
    if (fields.length > 1 || fields[0] !== '') records.push({ line: start, fields });
    fields = [];
    start = line;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      if (field !== '' || wasQuoted) return { ok: false, line, error: 'a double quote inside an unquoted field' };
      quoted = true;
      wasQuoted = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      line++;
      endRecord();
    } else if (wasQuoted) {
      return { ok: false, line, error: 'text after the closing double quote of a field' };
    } else {
      field += c;
    }
  }
  if (quoted) return { ok: false, line: start, error: 'a double quote that is never closed' };
  endRecord();
  return { ok: true, records };
}
