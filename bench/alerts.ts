/**
 * `npm run bench:alerts [-- N]`: N synthetic confirmed subscribers (default 100,000) and one release lifting,
 * delivered to the outbox by one `alerts:send` run and by two runs at once (each its own process, as on two nodes),
 * on each engine: SQLite (a file) and Postgres (a throwaway cluster with its default, durable settings). Prints
 * messages per second, each run's peak memory, and duplicates, against two floors measured in the same run: the
 * outbox alone (composing and writing the same messages, no database) and the same sender at N / 10, whose peak
 * memory N's must stay within (memory flat in N). Budget: N alerts in the outbox within 3 minutes, no duplicate,
 * peak memory at N at most 1.25 × that at N / 10. Needs `npm run build` first (the content).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mailDomain } from '@/lib/alerts/mail-ids';
import { outboxMailer } from '@/lib/alerts/mailer';
import { publicReleases } from '@/lib/alerts/sender';
import { loadContent } from '@/lib/content/load';
import { createQueries } from '@/lib/content/queries';
import { openDb, type StorageLocation } from '@/lib/storage/db';
import { createDatabase, startPostgres, type Cluster } from '@/scripts/postgres-cluster';
import { confirmedReaders } from '@/scripts/readers';
import { benchComposer, benchFrom } from './lib/alerts-compose';
import { runMeasured, seconds, table } from './lib/measure';

const N = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(N) || N < 10) throw new Error(`N must be a whole number of at least 10, not ${process.argv[2]}`);
const budgetMs = 3 * 60_000;
const memoryRatio = 1.25;

if (!existsSync(path.join('.contentlayer', 'generated'))) throw new Error('No content: run `npm run build` first.');

// The newest public release lifts one second after the readers confirmed: it is the one alert each of them is due.
const data = loadContent();
const content = createQueries(
  () => data,
  () => new Date(),
  { preview: false },
);
const releases = publicReleases(content);
const newest = releases.reduce((a, b) => (Date.parse(a.publishedAt) >= Date.parse(b.publishedAt) ? a : b));
const now = new Date(Date.parse(newest.publishedAt) + 60_000);
const confirmedAt = new Date(Date.parse(newest.publishedAt) - 1000);
const duePerReader = releases.filter((r) => Date.parse(r.publishedAt) >= confirmedAt.getTime()).length;

const work = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-alerts-'));
let cluster: Cluster | undefined;
let databases = 0;

/** A new, empty database of the engine with `readers` confirmed subscribers. */
async function seeded(engine: 'sqlite' | 'postgres', readers: number): Promise<StorageLocation> {
  let location: StorageLocation;
  if (engine === 'sqlite') {
    location = { engine, file: path.join(work, `bench-${++databases}.sqlite`) };
  } else {
    cluster ??= startPostgres({ durable: true });
    location = { engine, url: await createDatabase(cluster.url, `bench_${++databases}`) };
  }
  const db = await openDb(location);
  await confirmedReaders(db, readers, confirmedAt);
  await db.destroy();
  return location;
}

type Run = { ms: number; peak: number; sent: number; files: number; duplicates: number };

/** `runs` sender processes at once over a database of `readers` subscribers, each with its own outbox. */
async function deliver(engine: 'sqlite' | 'postgres', readers: number, runs: number): Promise<Run> {
  const location = await seeded(engine, readers);
  const outboxes = Array.from({ length: runs }, (_, i) => path.join(work, `outbox-${databases}-${i}`));
  const started = performance.now();
  const measured = await Promise.all(
    outboxes.map((outbox) =>
      runMeasured(process.execPath, ['--import', 'tsx', 'bench/lib/alerts-run.ts'], {
        cwd: process.cwd(),
        env: { ...process.env, BENCH_DB: JSON.stringify(location), BENCH_OUTBOX: outbox, BENCH_NOW: now.toISOString() },
      }),
    ),
  );
  const ms = performance.now() - started;
  let sent = 0;
  for (const m of measured) {
    if (m.code !== 0) throw new Error(`a sender run failed:\n${m.output}`);
    sent += (JSON.parse(m.output.trim().split('\n').at(-1) ?? '{}') as { sent: number }).sent;
  }
  const names = outboxes.flatMap((folder) => (existsSync(folder) ? readdirSync(folder) : []));
  for (const folder of outboxes) rmSync(folder, { recursive: true, force: true });
  if (engine === 'sqlite' && location.engine === 'sqlite') rmSync(location.file, { force: true });
  return {
    ms,
    peak: Math.max(...measured.map((m) => m.peakRssBytes)),
    sent,
    files: names.length,
    duplicates: names.length - new Set(names).size,
  };
}

/** The outbox alone: the same messages composed and written, no database, in this process. */
async function outboxFloor(count: number): Promise<number> {
  const compose = benchComposer(content, now);
  const mailer = outboxMailer(path.join(work, 'outbox-floor'));
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const reader = {
      id: String(i).padStart(32, '0'),
      email: `reader${i}@example.com`,
      locale: 'en' as const,
      languages: ['en' as const],
      topics: 'all' as const,
      status: 'confirmed' as const,
      confirmedAt: confirmedAt.toISOString(),
      consent: { text: '', locale: 'en' as const, at: '' },
      createdAt: '',
      updatedAt: '',
    };
    await mailer.send(compose(reader, newest.slug, 'en', `<floor.${i}@${mailDomain(benchFrom)}>`));
  }
  rmSync(path.join(work, 'outbox-floor'), { recursive: true, force: true });
  return performance.now() - started;
}

const perSecond = (count: number, ms: number) => `${Math.round(count / (ms / 1000)).toLocaleString('en')}/s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;

try {
  console.error(`bench:alerts: ${N.toLocaleString('en')} readers, ${duePerReader} release(s) lifting (${newest.slug})`);
  const floorCount = Math.max(10, Math.round(N / 10));
  const floorMs = await outboxFloor(floorCount);
  const rows: string[][] = [
    [
      'outbox alone (floor)',
      floorCount.toLocaleString('en'),
      '',
      seconds(floorMs),
      perSecond(floorCount, floorMs),
      '',
      '',
      '',
    ],
  ];
  let failed = 0;
  for (const engine of ['sqlite', 'postgres'] as const) {
    const small = await deliver(engine, Math.round(N / 10), 1);
    rows.push([
      `${engine}, 1 run, N / 10`,
      Math.round(N / 10).toLocaleString('en'),
      '1',
      seconds(small.ms),
      perSecond(small.sent, small.ms),
      megabytes(small.peak),
      String(small.duplicates),
      '',
    ]);
    for (const runs of [1, 2]) {
      console.error(`bench:alerts: ${engine}, ${runs} run(s) ...`);
      const r = await deliver(engine, N, runs);
      const expected = N * duePerReader;
      const problems = [
        r.ms > budgetMs ? `over ${seconds(budgetMs)}` : '',
        r.duplicates > 0 ? `${r.duplicates} duplicates` : '',
        r.sent !== expected || r.files !== expected ? `${r.files} of ${expected} in the outbox` : '',
        r.peak > memoryRatio * small.peak ? `memory ${(r.peak / small.peak).toFixed(2)} × N / 10's` : '',
      ].filter(Boolean);
      if (problems.length > 0) failed++;
      rows.push([
        `${engine}, ${runs} run${runs > 1 ? 's at once' : ''}`,
        N.toLocaleString('en'),
        String(runs),
        seconds(r.ms),
        perSecond(r.sent, r.ms),
        megabytes(r.peak),
        String(r.duplicates),
        problems.length > 0 ? `NOT met: ${problems.join(', ')}` : 'met',
      ]);
    }
  }
  console.log(
    table(['scenario', 'alerts', 'runs', 'time', 'rate', 'peak memory (per run)', 'duplicates', 'budget'], rows),
  );
  console.log(failed === 0 ? 'Budget met.' : `Budget NOT met in ${failed} scenario(s).`);
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  cluster?.stop();
  rmSync(work, { recursive: true, force: true });
}
