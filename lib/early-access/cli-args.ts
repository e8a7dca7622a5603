import { parseArgs, type ParseArgsConfig } from 'node:util';
import { earlyAccessGroups, slugPattern, type EarlyAccessGroup } from '@/lib/content/taxonomy';
import { quote } from './import-csv';

// The command line's parsing and checking, and its plain-text output, for cli.ts.

/** A problem with the input: exit code 1 without usage (2 with it). */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export function group(value: string): EarlyAccessGroup {
  const known = earlyAccessGroups.find((g) => g === value);
  if (!known) throw new Refusal(`--group ${quote(value)}: must be one of ${earlyAccessGroups.join(', ')}`);
  return known;
}

export function slug(value: string): string {
  if (!slugPattern.test(value))
    throw new Refusal(
      `${quote(value)} is not a release slug: lower-case letters, digits and hyphens, as in its web address`,
    );
  return value;
}

/** Columns padded to their widest cell, two spaces apart. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// Every option here takes a string; parseArgs' own type also allows flags.
export type Parsed = {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
};

export function parse(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  positionals: [number, number],
  what: string,
): Parsed {
  const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  const [min, max] = positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max) throw new Refusal(`${what}`, 2);
  return parsed;
}

export const text = (value: Parsed['values'][string]) => (typeof value === 'string' ? value : undefined);
export const list = (value: Parsed['values'][string]) =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
