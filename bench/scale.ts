/**
 * `npm run bench:scale -- [N] [--no-baseline]`: N synthetic releases × 6 locales (default 500) written to the
 * temporary content folder of an isolated copy of the project (.sites/bench-scale-N/content, scripts/site-copy.ts,
 * removed afterwards), and built there with every step of `npm run build`, timed, with the peak memory of each
 * step's whole process tree.
 * For N > 500 the same run first builds N = 500 as the baseline of time per page. The build prerenders a bounded
 * set (lib/routing/prerender.ts: the newest releases, the first listing pages) and the rest is rendered on first request;
 * the benchmark then asks `next start` of the build for the oldest release and the last archive page to show that
 * what was left out is served. Time per page is `next build` time per prerendered page.
 * Budget: at N = 5,000 (about 30,000 release pages) the build finishes within 15 minutes and 6 GB on this 2-core
 * machine, and time per page is at most 1.2 × that at N = 500.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { releaseFileName } from '../lib/content/file-names';
import { copySite, projectRoot } from '../scripts/site-copy';
import { gigabytes, runMeasured, seconds, table, type Measured } from './lib/measure';
import { startNext } from './lib/next-server';
import { writeSyntheticContent } from './lib/synthetic-content';

const baselineCount = 500;
const budget = { ms: 15 * 60_000, bytes: 6 * 1024 ** 3, perPageRatio: 1.2 };

type OnDemand = { url: string; status: number; ms: number; prerendered: boolean };
type Run = {
  count: number;
  steps: [string, Measured][];
  pages: number;
  generatedMb: number;
  totalMs: number;
  peak: number;
  nextMs: number;
  onDemand: OnDemand[];
};

/**
 * What the build left out (lib/routing/prerender.ts) must still be served: the oldest release and the last archive page,
 * each asked for once from `next start` of the build, rendered on that first request.
 */
async function firstRequests(root: string, content: string, count: number): Promise<OnDemand[]> {
  const oldest = readdirSync(path.join(content, 'releases')).sort()[0] ?? '';
  const slug = oldest.replace(/^\d{4}-\d{2}-\d{2}-/, '');
  const englishReleases = readdirSync(path.join(content, 'releases')).length;
  const paths = [`/en/releases/${slug}`, `/en/releases/page/${Math.ceil(englishReleases / 10)}`];
  const server = await startNext({ port: 3998 + (count % 7), cwd: root });
  try {
    const results: OnDemand[] = [];
    for (const url of paths) {
      const prerendered = existsSync(path.join(root, '.next', 'server', 'app', `${url.slice(1)}.html`));
      const started = performance.now();
      const response = await fetch(`${server.origin}${url}`);
      await response.text();
      results.push({ url, status: response.status, ms: performance.now() - started, prerendered });
    }
    return results;
  } finally {
    await server.stop();
  }
}

function countHtml(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countHtml(path.join(dir, entry.name));
    else if (entry.name.endsWith('.html')) count++;
  }
  return count;
}

async function buildAt(count: number): Promise<Run> {
  const name = `bench-scale-${count}`;
  let root = '';
  try {
    root = copySite(name);
    const content = path.join(root, 'content');
    console.error(`N = ${count}: writing ${count} releases × 6 locales to ${content} ...`);
    writeSyntheticContent(content, count, projectRoot);
    const env = {
      ...process.env,
      CONTENT_DIR: content,
      SITE_URL: 'http://localhost:3999',
      NEXT_TELEMETRY_DISABLED: '1',
      PATH: `${path.join(projectRoot, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    };
    // The steps of `npm run build`, read from package.json so that the benchmark follows the build.
    const script = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.build;
    if (typeof script !== 'string') throw new Error('package.json has no build script');
    const steps: [string, Measured][] = [];
    for (const step of script.split('&&').map((s) => s.trim())) {
      console.error(`N = ${count}: ${step} ...`);
      const measured = await runMeasured('bash', ['-c', step], { cwd: root, env });
      if (measured.code !== 0) throw new Error(`N = ${count}: "${step}" failed:\n${measured.output.slice(-4000)}`);
      steps.push([step, measured]);
    }
    // Warm content compile: one release edited, contentlayer2 run again over its cache.
    const first = readdirSync(path.join(content, 'releases'))[0] ?? '';
    // appendFileSync would create a file under a wrong name, which contentlayer ignores: the run would time nothing.
    const edited = path.join(content, 'releases', first, releaseFileName('en'));
    if (!existsSync(edited)) throw new Error(`${edited} does not exist`);
    appendFileSync(edited, '\nOne more sentence, edited after the build.\n');
    const warm = await runMeasured('bash', ['-c', 'npm run content:build'], { cwd: root, env });
    if (warm.code !== 0) throw new Error(`warm content build failed:\n${warm.output.slice(-4000)}`);
    const pages = countHtml(path.join(root, '.next', 'server', 'app'));
    const generated = statSync(path.join(root, '.contentlayer', 'generated', 'Release', '_index.json')).size;
    const nextStep = steps.find(([step]) => step.startsWith('next build'))?.[1];
    const onDemand = await firstRequests(root, content, count);
    const run: Run = {
      count,
      steps: [...steps, ['npm run content:build (warm, one file changed)', warm]],
      pages,
      generatedMb: generated / 1024 ** 2,
      totalMs: steps.reduce((sum, [, m]) => sum + m.ms, 0),
      peak: Math.max(...steps.map(([, m]) => m.peakRssBytes)),
      nextMs: nextStep?.ms ?? 0,
      onDemand,
    };
    return run;
  } finally {
    // The generated content and the build are temporary: nothing of them stays (.sites/ is never committed).
    if (root) rmSync(root, { recursive: true, force: true });
  }
}

function report(run: Run) {
  console.log(
    `\nN = ${run.count} releases × 6 locales: ${run.pages} prerendered pages, Release/_index.json ${run.generatedMb.toFixed(0)} MB\n`,
  );
  console.log(
    table(
      ['step', 'time', 'peak memory (process tree)'],
      run.steps.map(([step, m]) => [step, seconds(m.ms), gigabytes(m.peakRssBytes)]),
    ),
  );
  console.log(
    `\nbuild total ${seconds(run.totalMs)}, peak ${gigabytes(run.peak)}, next build per prerendered page ${(run.nextMs / run.pages).toFixed(1)} ms`,
  );
  for (const r of run.onDemand)
    console.log(
      `first request for ${r.url}${r.prerendered ? ' (prerendered)' : ' (not prerendered)'}: ${r.status} in ${r.ms.toFixed(0)} ms`,
    );
}

async function main() {
  const args = process.argv.slice(2);
  const count = Number(args.find((a) => /^\d+$/.test(a)) ?? baselineCount);
  const runs: Run[] = [];
  if (count > baselineCount && !args.includes('--no-baseline')) runs.push(await buildAt(baselineCount));
  runs.push(await buildAt(count));
  console.log(`\nbench:scale ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores`);
  for (const run of runs) report(run);
  const [base, top] = [runs[0], runs[runs.length - 1]];
  if (!base || !top) return;
  const ratio = top.nextMs / top.pages / (base.nextMs / base.pages);
  const lines = [
    `build time ${seconds(top.totalMs)} (budget ${seconds(budget.ms)} at N = 5,000)`,
    `peak memory ${gigabytes(top.peak)} (budget ${gigabytes(budget.bytes)})`,
  ];
  if (runs.length > 1)
    lines.push(`time per page ${ratio.toFixed(2)} × N = ${base.count} (budget ≤ ${budget.perPageRatio})`);
  const served = runs.every((run) => run.onDemand.every((r) => r.status === 200));
  lines.push(`pages left to the first request served: ${served ? 'yes' : 'NO'}`);
  const met =
    served &&
    top.totalMs <= budget.ms &&
    top.peak <= budget.bytes &&
    (runs.length === 1 || ratio <= budget.perPageRatio);
  console.log(`\nAgainst the budget: ${lines.join('; ')}: ${met ? 'met' : 'NOT met'}.`);
  process.exitCode = met ? 0 : 1;
}

void main();
