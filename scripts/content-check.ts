import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import {
  githubCommands,
  jsonReport,
  markdownSummary,
  textReport,
  verdict,
  type CheckResult,
} from '@/lib/content/check/report';
import { checkEditorial } from '@/lib/content/check/editorial';
import { releaseSchedule } from '@/lib/content/check/schedule';
import { translationCoverage } from '@/lib/content/check/translation-coverage';
import { scanContent } from '@/lib/content/check/validate';

/**
 * `npm run content:check [dir] [--format text|github|json]`: the content contract and the editorial checks, in plain
 * language, with file, line and column. `github` (the default inside GitHub Actions) prints one workflow command
 * per finding, so each message appears on its line of the pull request, and appends a Markdown report to
 * $GITHUB_STEP_SUMMARY when it is set. Exit status 1 when there is an error (nothing is built); warnings never fail.
 */
const formats = ['text', 'github', 'json'] as const;
type Format = (typeof formats)[number];

function parseArgs(args: string[]): { dir?: string; format: Format } {
  let format: Format = process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = arg.startsWith('--format=')
      ? arg.slice('--format='.length)
      : arg === '--format'
        ? args[++i]
        : undefined;
    if (value !== undefined) {
      const chosen = formats.find((f) => f === value);
      if (!chosen) {
        console.error(`--format must be one of ${formats.join(', ')} (found: ${JSON.stringify(value)})`);
        process.exit(2);
      }
      format = chosen;
    } else if (arg.startsWith('-')) {
      console.error(
        `Unknown option ${arg}. Usage: npm run content:check -- [content folder] [--format ${formats.join('|')}]`,
      );
      process.exit(2);
    } else dir = arg;
  }
  return { dir, format };
}

/**
 * The files this change touches, from git, when the base is known (a pull request's base branch in GitHub Actions,
 * or CONTENT_CHECK_BASE): then the schedule lists what the change publishes. Undefined when git cannot say.
 */
function changedFiles(root: string): Set<string> | undefined {
  const base =
    process.env.CONTENT_CHECK_BASE ??
    (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : undefined);
  if (!base) return undefined;
  // Paths relative to the content folder, spelled as the findings spell them ("content/releases/…").
  const diff = spawnSync('git', ['-C', root, 'diff', '--name-only', '--relative', `${base}...HEAD`], {
    encoding: 'utf8',
  });
  if (diff.status !== 0) {
    console.error(
      `(the schedule lists every embargoed release: git could not compare with ${base}: ${diff.stderr.trim().split('\n')[0] ?? ''})`,
    );
    return undefined;
  }
  return new Set(
    diff.stdout
      .split('\n')
      .filter(Boolean)
      .map((file) => `content/${file}`),
  );
}

const { dir, format } = parseArgs(process.argv.slice(2));
const root = path.resolve(dir ?? process.env.CONTENT_DIR ?? 'content');
const started = performance.now();
const scan = scanContent(root);
const editorial = await checkEditorial(scan, root);
const byPlace = (a: { file: string; line?: number }, b: { file: string; line?: number }) =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
const changed = changedFiles(root);
const schedule = releaseSchedule(scan.sources);
const result: CheckResult = {
  findings: [...scan.findings, ...editorial.filter((f) => f.rule !== 'translations')].sort(byPlace),
  untranslated: editorial.filter((f) => f.rule === 'translations'),
  coverage: translationCoverage(scan.sources),
  schedule: changed
    ? schedule.filter((s) => [...changed].some((file) => file.startsWith(`${s.folder}/`)))
    : schedule.filter((s) => s.status !== 'public'),
  scheduleIsChange: changed !== undefined,
};
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const summaryLine = verdict(result, path.relative(process.cwd(), root) || '.', seconds);

if (format === 'json') console.log(jsonReport(result));
else {
  if (format === 'github') {
    const commands = githubCommands(result);
    if (commands) console.log(commands);
  } else console.log(textReport(result));
  console.log(summaryLine);
}
const summaryFile = process.env.GITHUB_STEP_SUMMARY;
if (format === 'github' && summaryFile) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = process.env;
  const link =
    server && repository && sha
      ? (file: string, line?: number) => `${server}/${repository}/blob/${sha}/${file}${line ? `#L${line}` : ''}`
      : undefined;
  appendFileSync(summaryFile, markdownSummary(result, summaryLine, link));
}
process.exit(result.findings.some((f) => f.level === 'error') ? 1 : 0);
