import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownSummary, textReport, type CheckResult } from '@/lib/content/check/report';
import { releaseSchedule } from '@/lib/content/check/schedule';
import { edit, fixtureRoot, sampleRelease, scanAfter, withEarlyAccess } from '@/tests/support/content-fixture';

/**
 * `npm run content:check` as a pull request runs it: in GitHub Actions each finding becomes an annotation on its
 * line of the diff and the step summary gets the whole report; `--format json` is for other tools.
 */
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
let root = '';
let summary = '';

function check(args: string[], env: Record<string, string> = {}) {
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(clean)) if (key.startsWith('GITHUB_')) delete clean[key];
  const result = spawnSync(process.execPath, [tsx, 'scripts/content-check.ts', root, ...args], {
    encoding: 'utf8',
    env: { ...clean, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'newsroom-report-'));
  cpSync(fixtureRoot, root, { recursive: true });
  summary = path.join(root, 'summary.md');
  // A broken release: an unknown topic (line 7) and a link to a release that does not exist (line 18).
  edit(root, sampleRelease, 'topics: [corporate]', 'topics: [corporate, cars]');
  edit(root, sampleRelease, 'The sample body.', 'The sample body, as [announced](/en/releases/sampel).');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('content:check on a pull request', () => {
  it('prints one workflow command per finding, pointing at the broken field, and writes the step summary', () => {
    const run = check([], {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'smart/newsroom',
      GITHUB_SHA: 'abc123',
    });
    expect(run.status).toBe(1);
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands).toContain(
      '::error file=content/releases/2025-07-15-sample/index.en.md,line=7,col=21,title=content rules::topics[1] is not allowed. Allowed: corporate, markets, products, technology, partnerships, brand (found: "cars")',
    );
    expect(commands).toContain(
      '::error file=content/releases/2025-07-15-sample/index.en.md,line=18,col=33,title=link::"/en/releases/sampel" links to a page that does not exist. Did you mean /en/releases/sample?',
    );
    expect(
      commands.filter((line) =>
        line.startsWith('::warning file=content/releases/2025-07-15-sample/index.en.md,title=translations::'),
      ),
    ).toHaveLength(1);
    const report = readFileSync(summary, 'utf8');
    expect(report).toContain('## Content check: ❌ 2 errors');
    expect(report).toContain(
      '[`content/releases/2025-07-15-sample/index.en.md:18`](https://github.com/smart/newsroom/blob/abc123/content/releases/2025-07-15-sample/index.en.md#L18) | link |',
    );
    expect(report).toMatch(/\| 2025-07-15-sample \| ✓ \| – \| – \| – \| – \| – \|/);
    expect(report).toContain('### Releases not yet public');
  }, 30_000);

  it('prints valid JSON with file, line, column, field, rule, severity and message', () => {
    const run = check(['--format', 'json']);
    expect(run.status).toBe(1);
    const findings: unknown = JSON.parse(run.stdout);
    expect(findings).toContainEqual({
      file: 'content/releases/2025-07-15-sample/index.en.md',
      line: 7,
      column: 21,
      field: 'topics[1]',
      rule: 'content-rules',
      severity: 'error',
      message:
        'topics[1] is not allowed. Allowed: corporate, markets, products, technology, partnerships, brand (found: "cars")',
    });
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'link', line: 18, column: 33, severity: 'error' }));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'translations', severity: 'warning', line: null }));
  }, 30_000);

  it('refuses an unknown format with exit status 2', () => {
    const run = check(['--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format must be one of text, github, json (found: "xml")');
  }, 30_000);
  it('lists what the change publishes, in its own zone and in UTC, when the base is known', () => {
    const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'base');
    // The change: the release, now valid, is added.
    cpSync(path.join(fixtureRoot, sampleRelease), path.join(root, sampleRelease));
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'change');
    rmSync(summary, { force: true });
    const run = check(['--format', 'github'], { GITHUB_STEP_SUMMARY: summary, CONTENT_CHECK_BASE: 'HEAD~1' });
    expect(run.status).toBe(0);
    expect(readFileSync(summary, 'utf8')).toContain(
      '| `2025-07-15-sample` | en | 15 July 2025 at 10:00 China Standard Time (Asia/Shanghai) | 15 July 2025 at 02:00 UTC | public when merged |',
    );
  }, 30_000);
});

describe('the schedule of a release under early access', () => {
  const result = (draft: boolean, now: string): CheckResult => {
    const { sources } = scanAfter((root) => {
      withEarlyAccess(root, '2025-07-14T10:00:00+08:00');
      if (draft) edit(root, sampleRelease, 'contacts: [desk]', 'contacts: [desk]\ndraft: true');
    });
    const schedule = releaseSchedule(sources, new Date(now));
    return { findings: [], untranslated: [], coverage: [], schedule, scheduleIsChange: true };
  };

  it('says when early access opens and for whom, in the text report and the pull request summary', () => {
    const embargoed = result(false, '2025-07-01T00:00:00Z');
    expect(textReport(embargoed)).toContain(
      '         content/releases/2025-07-15-sample/index.en.md  goes public 15 July 2025 at 10:00 China Standard Time (Asia/Shanghai) = 15 July 2025 at 02:00 UTC; early access 14 July 2025 at 10:00 China Standard Time (Asia/Shanghai) = 14 July 2025 at 02:00 UTC for china-auto-press, business-press\n',
    );
    expect(markdownSummary(embargoed, 'passed')).toContain(
      '| `2025-07-15-sample` | en | 15 July 2025 at 10:00 China Standard Time (Asia/Shanghai) | 15 July 2025 at 02:00 UTC | embargoed until then; early access 14 July 2025 at 10:00 China Standard Time (Asia/Shanghai) = 14 July 2025 at 02:00 UTC for china-auto-press, business-press |',
    );
  });

  it('adds that a draft gets no links, and says nothing of early access once the release is public', () => {
    expect(textReport(result(true, '2025-07-01T00:00:00Z'))).toContain(
      'set draft: false to publish); early access 14 July 2025 at 10:00 China Standard Time (Asia/Shanghai) = 14 July 2025 at 02:00 UTC for china-auto-press, business-press (no links are sent while it is a draft)\n',
    );
    const lifted = result(false, '2025-07-16T00:00:00Z');
    expect(textReport(lifted)).toContain(
      'goes public when merged (publishedAt 15 July 2025 at 10:00 China Standard Time (Asia/Shanghai) = 15 July 2025 at 02:00 UTC has passed)\n',
    );
    expect(textReport(lifted)).not.toContain('early access');
    expect(markdownSummary(lifted, 'passed')).toContain('| public when merged |');
    expect(markdownSummary(lifted, 'passed')).not.toContain('early access');
  });
});
