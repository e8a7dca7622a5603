/** One finding of `npm run lint:ci`, at a place in a file of the repository. */
export type Problem = {
  /** Relative to the repository root, with forward slashes (as GitHub names files). */
  file: string;
  line: number;
  column: number;
  message: string;
  /** The tool and its rule, e.g. `actionlint syntax-check` or `shellcheck SC2086`. */
  rule: string;
};

/** `file:line:col: message [rule]`, the form editors and terminals turn into links. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message} [${p.rule}]`;
}

/** A GitHub workflow command: the message appears on that line of the pull request's diff. */
export function annotation(p: Problem): string {
  const escape = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (value: string) => escape(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::error file=${property(p.file)},line=${p.line},col=${p.column},title=${property(p.rule)}::${escape(p.message)}`;
}

export const byPlace = (a: Problem, b: Problem) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
