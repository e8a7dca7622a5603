import { Document, isScalar, isSeq, parse, visit } from 'yaml';

/**
 * The house style of content files, as one formatter: the web editor (/admin) writes every file through it, and a
 * unit test proves that it reproduces every file in content/ byte for byte, so saving an entry changes only the
 * lines a person edited.
 *
 * - Every string is in double quotes (a title such as `Yes: no` or `2025` stays a string, whatever YAML reads).
 * - Lists of identifiers (topics, models, contact ids, former slugs, language codes) are written on one line,
 *   `topics: [corporate, markets]`; lists of text (highlights) and of objects are written one item per line.
 * - Keys keep the order they come in (the editor orders them as the schema does); no line is ever folded.
 * - A flag that is false unless written is written only when true.
 * - Markdown: the frontmatter between `---` lines, one blank line, the body, one final newline.
 */
export interface FormatOptions {
  /** Keys whose value is a list of identifiers, written inline (lib/cms/config.ts finds them in the schemas). */
  flowKeys: readonly string[];
  /**
   * Flags that are false unless written (`draft`, `keyFigures`): a false one is not written, and a file without one
   * reads as false, so the editor's default for new entries (`draft: true`) never lands in an existing file.
   */
  falseUnlessWritten: readonly string[];
}

export type EntryData = Record<string, unknown>;

export function formatYaml(data: EntryData, { flowKeys, falseUnlessWritten }: FormatOptions): string {
  const written = Object.fromEntries(
    Object.entries(data).filter(([key, value]) => !(value === false && falseUnlessWritten.includes(key))),
  );
  const document = new Document(written);
  const flow = new Set(flowKeys);
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key)) pair.key.type = 'PLAIN';
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && flow.has(pair.key.value) && isSeq(pair.value)) {
        pair.value.flow = true;
        for (const item of pair.value.items) if (isScalar(item)) item.type = 'PLAIN';
      }
    },
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && scalar.type !== 'PLAIN') scalar.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
}

/** A Markdown entry: the frontmatter fields and the body under `body`, as the editor hands it over. */
export function formatMarkdown({ body, ...fields }: EntryData, options: FormatOptions): string {
  const text = typeof body === 'string' ? body.replace(/\s+$/, '') : '';
  return `---\n${formatYaml(fields, options)}---\n\n${text}\n`;
}

export function parseMarkdown(
  source: string,
  { falseUnlessWritten }: Pick<FormatOptions, 'falseUnlessWritten'>,
): EntryData {
  const text = source.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?\n)?---(?:\n|$)/.exec(text);
  const parsed: unknown = match ? (parse(match[1] ?? '') ?? {}) : {};
  const fields = isRecord(parsed) ? parsed : {};
  const body = (match ? text.slice(match[0].length).replace(/^\n/, '') : text).replace(/\n$/, '');
  const flags = Object.fromEntries(falseUnlessWritten.filter((key) => !(key in fields)).map((key) => [key, false]));
  return { ...fields, ...flags, body };
}

export function parseYaml(source: string): EntryData {
  const data: unknown = parse(source) ?? {};
  return isRecord(data) ? data : {};
}

function isRecord(value: unknown): value is EntryData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
