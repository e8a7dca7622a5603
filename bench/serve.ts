/**
 * `npm run bench:serve`: wrk against one release page served four ways in the same run, on loopback: by the
 * production server (`npm start`: scripts/start.mjs, one `next start` worker per core), by a single `next start`
 * process (for reference), through the nginx front (deploy/nginx/newsroom.conf, cached, in front of the production
 * server), and by nginx reading the same HTML from a file (the floor). Budget: the front at least 80 % of the file
 * figure with 0 errors; the Next server alone 0 errors at 64 connections. A bare Next page (bench/lib/bare-site.ts)
 * under the same server in the same run is the floor of what Next itself does on this machine. Needs
 * `npm run build` first; installs nginx and wrk (Debian) when root.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { bareRoot, buildBareSite } from './lib/bare-site';
import { table } from './lib/measure';
import { startNext } from './lib/next-server';
import { ensureDebianPackage } from '../scripts/ensure-debian-package';
import { nginxBinary, startFront } from '../scripts/nginx-front';

const releasePath = '/en/releases/first-half-2025';
const duration = process.env.BENCH_DURATION ?? '15s';
const connections = 64;
const workers = availableParallelism();
const production = `npm start (${workers} workers)`;
const basePort = Number(process.env.BENCH_PORT ?? 3950);

type Result = { rps: number; p99: string; errors: number; requests: number };

function wrk(url: string, seconds: string): Result {
  const run = spawnSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}`, '--latency', '--timeout', '5s', url], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr}`);
  const out = run.stdout;
  const number = (pattern: RegExp) => Number(out.match(pattern)?.[1] ?? 0);
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    p99: out.match(/\s99%\s+([\d.]+\w+)/)?.[1] ?? '?',
    errors: socketErrors + number(/Non-2xx or 3xx responses: (\d+)/),
    requests: number(/(\d+) requests in/),
  };
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No build: run `npm run build` first.');
  for (const [binary, pkg] of [
    [nginxBinary, 'nginx'],
    ['wrk', 'wrk'],
  ] as const) {
    const missing = ensureDebianPackage(binary, pkg);
    if (missing) throw new Error(missing);
  }
  console.error('Building the bare Next page (a floor) ...');
  await buildBareSite();
  const next = await startNext({ port: basePort, workers });
  const root = mkdtempSync(path.join(tmpdir(), 'newsroom-serve-'));
  const front = await startFront({
    port: basePort + 1,
    upstreamPort: basePort,
    staticRoot: root,
    staticPort: basePort + 2,
    workers: 2,
  }).catch(async (error: unknown) => {
    await next.stop();
    throw error;
  });
  try {
    // The file nginx serves is the very HTML that next start answers for the page.
    const html = await (await fetch(`${next.origin}${releasePath}`)).text();
    mkdirSync(path.join(root, path.dirname(releasePath)), { recursive: true });
    writeFileSync(path.join(root, releasePath), html);
    const results = new Map<string, Result>();
    const measure = (name: string, url: string) => {
      console.error(`warming up ${name} ...`);
      wrk(url, '3s');
      console.error(`measuring ${name} for ${duration} ...`);
      results.set(name, wrk(url, duration));
    };
    const bare = await startNext({ port: basePort + 3, cwd: bareRoot, workers });
    try {
      measure(`${production}, bare Next page (floor)`, `${bare.origin}/`);
    } finally {
      await bare.stop();
    }
    measure(production, `${next.origin}${releasePath}`);
    const single = await startNext({ port: basePort + 4 });
    try {
      measure('next start, one process (reference)', `${single.origin}${releasePath}`);
    } finally {
      await single.stop();
    }
    measure('nginx front (cached)', `${front.origin}${releasePath}`);
    measure('nginx, static file (floor)', `${front.staticOrigin ?? ''}${releasePath}`);
    const floor = results.get('nginx, static file (floor)');
    const through = results.get('nginx front (cached)');
    const alone = results.get(production);
    if (!floor || !through || !alone) throw new Error('a measurement is missing');
    const rows = [...results].map(([name, r]) => [
      name,
      r.rps.toFixed(0),
      `${((r.rps / floor.rps) * 100).toFixed(0)} %`,
      r.p99,
      String(r.requests),
      String(r.errors),
    ]);
    console.log(
      `\nbench:serve ${new Date().toISOString().slice(0, 10)}: wrk -t2 -c${connections} -d${duration} on ${releasePath} (${(html.length / 1024).toFixed(0)} KB)\n`,
    );
    console.log(table(['server', 'req/s', 'of floor', 'p99', 'requests', 'errors'], rows));
    const frontOk = through.rps >= 0.8 * floor.rps && through.errors === 0;
    const nextOk = alone.errors === 0;
    console.log(
      `\nBudget: front ≥ 80 % of the static file with 0 errors: ${frontOk ? 'met' : 'NOT met'}; the Next server alone (${production}) 0 errors at ${connections} connections: ${nextOk ? 'met' : 'NOT met'}.`,
    );
    process.exitCode = frontOk && nextOk ? 0 : 1;
  } finally {
    await front.stop();
    await next.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
