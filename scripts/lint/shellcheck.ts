import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Problem } from './problem';

/**
 * ShellCheck (Debian's `shellcheck`; SHELLCHECK names another binary) over the repository's shell scripts and
 * over the `run:` blocks of the workflows. It is required, never optional: `npm test` installs it when run as root
 * (scripts/ensure-debian-package.sh), and without it the lint fails with the command that installs it.
 */
export type ShellCheck = { binary: string; version: string };

export class MissingShellCheck extends Error {}

export function findShellCheck(binary = process.env.SHELLCHECK || 'shellcheck'): ShellCheck {
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  const version = run.status === 0 ? /^version: (\S+)/m.exec(run.stdout)?.[1] : undefined;
  if (!version) {
    throw new MissingShellCheck(
      `ShellCheck is needed to lint the shell scripts and the workflows' run: blocks, and "${binary}" could not be run.\n` +
        'Install it as an administrator, then run the lint again:\n\n    sudo apt-get install shellcheck\n\n' +
        '(`npm test` installs it itself when run as root.) Or point SHELLCHECK at a shellcheck binary.',
    );
  }
  return { binary, version };
}

const report = z.object({
  comments: z.array(
    z.object({
      file: z.string(),
      line: z.number(),
      column: z.number(),
      level: z.string(),
      code: z.number(),
      message: z.string(),
    }),
  ),
});

type Comment = z.infer<typeof report>['comments'][number];

function run(shellcheck: ShellCheck, args: string[], options: { cwd: string; input?: string }): Comment[] {
  const result = spawnSync(shellcheck.binary, ['--format=json1', ...args], {
    ...options,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  // Exit status 1 means "found something"; anything else is ShellCheck failing (a bad option, an unreadable file).
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(
      `shellcheck ${args.join(' ')} failed (${result.error?.message ?? `exit status ${result.status}`}):\n${result.stderr}`,
    );
  }
  return report.parse(JSON.parse(result.stdout)).comments;
}

const toProblem = (c: Comment, file: string, line: number, column: number): Problem => ({
  file,
  line,
  column,
  message: `${c.level}: ${c.message}`,
  rule: `shellcheck SC${c.code}`,
});

/** Folders that hold no shell script of ours: dependencies, build output, content and data. */
const skipped = new Set([
  'node_modules',
  '.git',
  '.next',
  '.contentlayer',
  '.sites',
  'content',
  'public',
  'data',
  'test-results',
  'playwright-report',
  'coverage',
  'tmp',
]);

function isShellScript(file: string): boolean {
  if (file.endsWith('.sh')) return true;
  if (path.basename(file).includes('.')) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(64);
    const read = readSync(fd, head, 0, head.length, 0);
    return /^#!\s*\S*\/(?:env\s+)?(?:ba|da)?sh\b/.test(head.subarray(0, read).toString('latin1'));
  } finally {
    closeSync(fd);
  }
}

/** Every `*.sh` file and every extension-less file with a sh/bash shebang (`.ci/run`), relative to root. */
export function findShellScripts(root: string, dir = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !skipped.has(entry.name)) found.push(...findShellScripts(root, relative));
    else if (entry.isFile() && isShellScript(path.join(root, relative))) found.push(relative);
  }
  return found.sort();
}

/** The scripts as ShellCheck sees them on their own, following the files they `source`. */
export function checkScripts(shellcheck: ShellCheck, root: string, files: readonly string[]): Problem[] {
  if (files.length === 0) return [];
  return run(shellcheck, ['--external-sources', ...files], { cwd: root }).map((c) =>
    toProblem(c, c.file, c.line, c.column),
  );
}

/**
 * ShellCheck over a script taken from a workflow, reported at its place in the workflow file. `place` maps a line
 * of the script (from 1) to its line and column offset in the file. As actionlint does with ShellCheck, `${{ }}`
 * expressions are blanked out first (same length, so columns stay) and the rules that placeholders and the step's
 * `env:` set off are left out: SC2154 (a variable set outside the script), SC1091, SC2050, SC2157, SC2194.
 */
export function checkScript(
  shellcheck: ShellCheck,
  script: string,
  shell: 'bash' | 'sh',
  file: string,
  place: (line: number) => { line: number; columnOffset: number },
): Problem[] {
  const blanked = script.replace(/\$\{\{[\s\S]*?\}\}/g, (expression) => expression.replace(/[^\n]/g, '_'));
  const args = [`--shell=${shell}`, '--exclude=SC1091,SC2050,SC2154,SC2157,SC2194', '-'];
  return run(shellcheck, args, { cwd: process.cwd(), input: blanked }).map((c) => {
    const at = place(c.line);
    return toProblem(c, file, at.line, at.columnOffset + c.column);
  });
}
