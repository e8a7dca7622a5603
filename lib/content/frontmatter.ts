import { isMap, LineCounter, parseDocument } from 'yaml';
import { normalizeSourceText } from './source-text';

/**
 * Splits a Markdown file into YAML frontmatter and body, parsing YAML 1.2 (so dates stay the strings the editor
 * wrote) and remembering where each field is, so errors can name the line.
 */
export type ParsedSource = {
  data: unknown;
  body: string;
  /** Line (1-based, in the whole file) where the body starts. */
  bodyLine: number;
  /** Where the value at a field path starts (line in the whole file, column), else its nearest parent that exists. */
  at: (path: readonly PropertyKey[]) => Position;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  syntaxError?: { message: string } & Required<Position>;
};

type Position = { line?: number; column?: number };

export function parseYaml(source: string, firstLine = 1): Omit<ParsedSource, 'body' | 'bodyLine'> {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  const positionAt = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const at = (path: readonly PropertyKey[]): Position => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) && typeof node.range[0] === 'number') return positionAt(node.range[0]);
    }
    return {};
  };
  const lineOf = (path: readonly PropertyKey[]) => at(path).line;
  if (error) return { data: undefined, at, lineOf, syntaxError: { message: error.message.split('\n')[0] ?? 'invalid YAML', ...positionAt(error.pos[0]) } };
  return { data: isMap(doc.contents) || doc.contents === null ? doc.toJS() ?? {} : doc.toJS(), at, lineOf };
}

/**
 * A Markdown file's frontmatter (the YAML between the two "---" fences) and its body, in any of the spellings
 * editors save (lib/content/source-text). Undefined when the file does not start with a frontmatter block.
 */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const text = normalizeSourceText(source);
  const match = text.match(/^---\n(?:([\s\S]*?)\n)?---(?:\n|$)/);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

export function parseMarkdownSource(source: string): ParsedSource {
  const parts = splitFrontmatter(source);
  if (!parts) {
    return { data: undefined, body: normalizeSourceText(source), bodyLine: 1, at: () => ({ line: 1, column: 1 }), lineOf: () => 1, syntaxError: { message: 'the file must start with a frontmatter block between two "---" lines', line: 1, column: 1 } };
  }
  return { ...parseYaml(parts.yaml, 2), body: parts.body, bodyLine: parts.bodyLine };
}
