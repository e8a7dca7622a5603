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
  /** Line of the value at a field path, falling back to the nearest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  syntaxError?: { message: string; line: number };
};

export function parseYaml(source: string, firstLine = 1): Omit<ParsedSource, 'body' | 'bodyLine'> {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) return lineAt(node.range[0]);
    }
    return undefined;
  };
  if (error) return { data: undefined, lineOf, syntaxError: { message: error.message.split('\n')[0] ?? 'invalid YAML', line: lineAt(error.pos[0]) } };
  return { data: isMap(doc.contents) || doc.contents === null ? doc.toJS() ?? {} : doc.toJS(), lineOf };
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
    return { data: undefined, body: normalizeSourceText(source), bodyLine: 1, lineOf: () => 1, syntaxError: { message: 'the file must start with a frontmatter block between two "---" lines', line: 1 } };
  }
  return { ...parseYaml(parts.yaml, 2), body: parts.body, bodyLine: parts.bodyLine };
}
