import { readFileSync } from 'node:fs';
import { parseCsv } from './csv';
import { checkJournalist, type InputProblem, type JournalistInput } from './store';

/**
 * Reads an import file for `npm run access -- import`: every row checked before anything is written, every problem
 * reported as `FILE:LINE: field "language" is "xx": must be one of …`, so one run shows all there is to fix.
 */
export const importColumns = ['email', 'name', 'outlet', 'language', 'groups'] as const;

/** The names the operator knows: the file's columns and the command's options. */
export const fieldNames: Record<InputProblem['field'], string> = {
  email: 'email',
  name: 'name',
  outlet: 'outlet',
  locale: 'language',
  groups: 'groups',
};

/** A value in double quotes, line breaks and control characters escaped, so that each error stays on one line. */
export const quote = (value: string) => JSON.stringify(value);

export type ImportRow = { line: number; person: JournalistInput };

export function readImportFile(file: string): { ok: true; rows: ImportRow[] } | { ok: false; errors: string[] } {
  const fail = (line: number | undefined, message: string) => ({
    ok: false as const,
    errors: [`${file}${line === undefined ? '' : `:${line}`}: ${message}`],
  });
  let text: string;
  try {
    // The decoder drops a byte order mark; `fatal` refuses a file in another encoding instead of garbling names.
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    return fail(
      undefined,
      error instanceof TypeError
        ? 'is not UTF-8 text; save it as CSV UTF-8'
        : `cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const csv = parseCsv(text);
  if (!csv.ok) return fail(csv.line, csv.error);
  const [header, ...records] = csv.records;
  const columns = header?.fields.map((name) => name.trim().toLowerCase()) ?? [];
  if (columns.length !== importColumns.length || importColumns.some((name) => !columns.includes(name)))
    return fail(
      header?.line ?? 1,
      `the header must name the columns ${importColumns.join(',')} (found ${quote(columns.join(','))})`,
    );
  if (records.length === 0) return fail(undefined, 'has no rows below the header; nothing was written');
  const at = (fields: string[], name: (typeof importColumns)[number]) => fields[columns.indexOf(name)] ?? '';

  const errors: string[] = [];
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of records) {
    if (fields.length !== columns.length) {
      errors.push(`${file}:${line}: ${fields.length} fields, but the header has ${columns.length}`);
      continue;
    }
    const person = {
      email: at(fields, 'email'),
      name: at(fields, 'name'),
      outlet: at(fields, 'outlet'),
      locale: at(fields, 'language'),
      groups: at(fields, 'groups')
        .split(/[\s;]+/)
        .filter((group) => group !== ''),
    };
    const checked = checkJournalist(person);
    if (!checked.ok) {
      for (const p of checked.problems)
        errors.push(`${file}:${line}: field "${fieldNames[p.field]}" is ${quote(p.value)}: ${p.allowed}`);
      continue;
    }
    const first = seen.get(checked.value.email);
    if (first !== undefined)
      errors.push(
        `${file}:${line}: field "email" is ${quote(person.email)}: must appear once (it is also on line ${first})`,
      );
    seen.set(checked.value.email, first ?? line);
    rows.push({ line, person });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
