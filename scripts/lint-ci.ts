import path from 'node:path';
import { annotation, byPlace, formatProblem } from './lint/problem';
import { checkScripts, findShellCheck, findShellScripts, MissingShellCheck } from './lint/shellcheck';
import { findWorkflows, lintWorkflows, workflowDir } from './lint/workflows';

/**
 * `npm run lint:ci [root]` (and the first step of `npm test`): the GitHub workflows with actionlint, their `run:`
 * blocks and every shell script of the repository with ShellCheck. Prints `file:line:col: message [rule]` per
 * problem (and a GitHub annotation when GITHUB_ACTIONS=true); exit status 1 on any problem, on a missing
 * ShellCheck, or when there is no workflow to check.
 */
const root = path.resolve(process.argv[2] ?? '.');

async function main(): Promise<number> {
  const shellcheck = findShellCheck();
  const workflows = findWorkflows(root);
  if (workflows.length === 0) {
    console.error(`No workflow found in ${path.join(root, workflowDir)}: nothing for actionlint to check.`);
    return 1;
  }
  const scripts = findShellScripts(root);
  const problems = [
    ...(await lintWorkflows(root, workflows, shellcheck)),
    ...checkScripts(shellcheck, root, scripts),
  ].sort(byPlace);

  for (const p of problems) console.log(formatProblem(p));
  if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(annotation(p));
  const checked = `${workflows.length} workflow(s) with actionlint and ShellCheck ${shellcheck.version}, ${scripts.length} shell script(s) with ShellCheck`;
  if (problems.length > 0) {
    console.error(`lint:ci: ${problems.length} problem(s) in ${checked}.`);
    return 1;
  }
  console.log(`lint:ci: ${checked}: no problem.`);
  return 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error instanceof MissingShellCheck ? error.message : error);
    process.exit(1);
  },
);
