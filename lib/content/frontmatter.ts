import { isMap, LineCounter, parseDocument } from 'yaml';

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

export function parseMarkdownSource(text: string): ParsedSource {
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
  if (!match) {
    return { data: undefined, body: text, bodyLine: 1, lineOf: () => 1, syntaxError: { message: 'the file must start with a frontmatter block between two "---" lines', line: 1 } };
  }
  const yaml = parseYaml(match[1] ?? '', 2);
  return { ...yaml, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
