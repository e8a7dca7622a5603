import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { messages } from '../support/site';

/**
 * The production server (scripts/start.mjs, what `npm start` runs) on the suite's build: several `next start`
 * workers on one port, a dead worker replaced, a failed start reported with its exit code, a clean stop, a
 * loopback address by number refused (Next would answer unknown URLs with 500 there), one warning when
 * requests arrive for another host than SITE_URL names, no page file rewritten under the workers' feet, and
 * resized images kept on disk for all workers.
 */
const port = Number(process.env.E2E_PORT ?? 3100) + 30;
const origin = `http://localhost:${port}`;

test.describe.configure({ mode: 'serial' });

function launch(
  env: Record<string, string>,
  host = 'localhost',
): { server: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const server = spawn(process.execPath, ['scripts/start.mjs', '-p', String(port), '-H', host], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  return { server, output: () => output, exited };
}

/** The worker processes of a server: its children, by `ps`. */
function workersOf(pid: number): number[] {
  const ps = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((n) => n > 0);
}

async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeout = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const status = async (path: string) => {
  try {
    return (await fetch(`${origin}${path}`)).status;
  } catch {
    return undefined;
  }
};

test('two workers serve one port; a killed worker is replaced; SIGTERM stops them all', async () => {
  test.setTimeout(120_000);
  const { server, output, exited } = launch({ WEB_CONCURRENCY: '2' });
  const pid = server.pid ?? -1;
  try {
    await waitFor('the server', async () => ((await status('/en')) === 200 ? true : undefined));
    expect(await status('/en/no-such-page')).toBe(404);
    const first = await waitFor('two workers', () => (workersOf(pid).length === 2 ? workersOf(pid) : undefined));
    expect(output()).toContain('2 server workers');

    process.kill(first[0] ?? -1, 'SIGKILL');
    const replaced = await waitFor('a replacement worker', () => {
      const now = workersOf(pid);
      return now.length === 2 && !now.includes(first[0] ?? -1) ? now : undefined;
    });
    expect(replaced).toContain(first[1]);
    // The primary's stderr line may be read a moment after the new worker shows in the process list.
    expect(
      await waitFor('the replacement message', () =>
        /died \(SIGKILL\); starting another/.test(output()) ? true : undefined,
      ),
    ).toBe(true);
    // Every request is answered while and after the worker is replaced.
    const statuses = await Promise.all(Array.from({ length: 20 }, () => status('/en/releases')));
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 200));

    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const worker of replaced) expect(() => process.kill(worker, 0)).toThrow();
    expect(await status('/en')).toBeUndefined();
  } finally {
    server.kill('SIGKILL');
  }
});

test('a server that cannot start says why and exits non-zero instead of retrying', async () => {
  const blocker = launch({ WEB_CONCURRENCY: '1' });
  try {
    await waitFor('the first server', async () => ((await status('/en')) === 200 ? true : undefined));
    const second = launch({ WEB_CONCURRENCY: '2' });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('EADDRINUSE');
  } finally {
    blocker.server.kill('SIGTERM');
    await blocker.exited;
  }
  const bad = launch({ WEB_CONCURRENCY: 'lots' });
  expect(await bad.exited).toBe(1);
  expect(bad.output()).toContain('WEB_CONCURRENCY must be a whole number of workers, 1 or more; it is "lots".');
  const loopback = launch({}, '127.0.0.1');
  expect(await loopback.exited).toBe(1);
  expect(loopback.output()).toContain('Listen on "localhost" instead of "127.0.0.1"');
});

/** A GET with a Host header of our choosing (fetch does not let one set it). */
function getWithHost(path: string, host: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = request({ host: 'localhost', port, path, headers: { Host: host } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(undefined));
    req.end();
  });
}

test('requests for another host than SITE_URL names are logged once, by one worker of several', async () => {
  test.setTimeout(120_000);
  const { server, output, exited } = launch({ WEB_CONCURRENCY: '2', SITE_URL: origin });
  try {
    await waitFor('the server', async () => ((await status('/en')) === 200 ? true : undefined));
    await waitFor('two workers', () => (workersOf(server.pid ?? -1).length === 2 ? true : undefined));
    const own = await Promise.all(Array.from({ length: 20 }, () => getWithHost('/en/releases', `localhost:${port}`)));
    expect(own).toEqual(Array.from({ length: 20 }, () => 200));
    expect(output()).not.toContain('requests arrive for');

    // Enough requests, in parallel, that both workers receive some.
    const foreign = await Promise.all(
      Array.from({ length: 40 }, (_, i) => getWithHost(i % 2 ? '/en' : '/de/releases', 'newsroom.example.com')),
    );
    expect(foreign).toEqual(Array.from({ length: 40 }, () => 200));
    const warning = `SITE_URL is ${origin}, but requests arrive for newsroom.example.com: links, feeds and share buttons on this site point to ${origin}.`;
    await waitFor('the warning', () => (output().includes(warning) ? true : undefined), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(output().split('requests arrive for').length - 1).toBe(1);
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
});

/** Files under `dir` written at or after `since` (ms since the epoch). */
function writtenSince(dir: string, since: number): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => statSync(file).mtimeMs >= since);
}

test('revalidated pages stay in the memory of each worker: none rewrites a page file that another may be reading', async () => {
  test.setTimeout(120_000);
  // The workers share .next/server. Next rewrote a revalidated page's file in place, and a worker that read it
  // meanwhile served the page empty: a 404 that Chromium showed as its own error page (next.config.ts).
  const { server, exited } = launch({ WEB_CONCURRENCY: '2', SITE_URL: origin });
  try {
    await waitFor('the server', async () => ((await status('/en')) === 200 ? true : undefined));
    await waitFor('two workers', () => (workersOf(server.pid ?? -1).length === 2 ? true : undefined));
    const since = Date.now() - 1;
    // Next's on-demand revalidation (the build's preview id in this header) renders the page again at once, as the
    // minute's revalidation does; enough requests in parallel that both workers revalidate.
    const { previewModeId } = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')).preview;
    const revalidations = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`${origin}/fr/404`, { headers: { 'x-prerender-revalidate': previewModeId } }).then((response) =>
          response.headers.get('x-nextjs-cache'),
        ),
      ),
    );
    expect(revalidations).toEqual(Array.from({ length: 8 }, () => 'REVALIDATED'));
    const pages = await Promise.all(Array.from({ length: 8 }, () => fetch(`${origin}/fr/releases/no-such-release`)));
    for (const page of pages) {
      expect(page.status).toBe(404);
      expect(await page.text()).toContain(
        `<title>${messages('fr').notFound.title} | ${messages('fr').meta.siteName}</title>`,
      );
    }
    expect(writtenSince('.next/server', since)).toEqual([]);
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
});

test('each size of an image is resized once and kept on disk, whole, for every worker and the next start', async () => {
  test.setTimeout(120_000);
  // lib/http/cache-handler.mjs: Next's own disk cache of resized images is off with the setting above, and without one
  // every request resized the image again (110–180 ms a thumbnail). A JPEG 32 px wide: no page of the site asks for it.
  const image = `/_next/image?url=${encodeURIComponent('/media/first-half-2025/hero.jpg')}&w=32&q=75`;
  const get = async () => {
    const response = await fetch(`${origin}${image}`, { headers: { accept: 'image/jpeg' } });
    expect(response.status).toBe(200);
    return { cache: response.headers.get('x-nextjs-cache'), bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const cacheDir = '.next/cache/resized-images';
  const since = Date.now() - 1;
  let first: Buffer;
  {
    const { server, exited } = launch({ WEB_CONCURRENCY: '2', SITE_URL: origin });
    try {
      await waitFor('the server', async () => ((await status('/en')) === 200 ? true : undefined));
      first = (await get()).bytes;
      expect(first.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      // Both workers, in parallel: every answer comes from the one file.
      const answers = await Promise.all(Array.from({ length: 8 }, get));
      for (const answer of answers) {
        expect(answer.cache).toBe('HIT');
        expect(answer.bytes.equals(first)).toBe(true);
      }
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
  }
  // Written under a temporary name (`<key>.tmp-<pid>-<hex>`, lib/fs/write-atomically.mjs) and renamed into place: no
  // partial file is ever left in the folder.
  expect(readdirSync(cacheDir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  // A new server, its workers' memory empty, answers from the disk.
  const { server, exited } = launch({ WEB_CONCURRENCY: '2', SITE_URL: origin });
  try {
    await waitFor('the server again', async () => ((await status('/en')) === 200 ? true : undefined));
    const again = await get();
    expect(again.cache).toBe('HIT');
    expect(again.bytes.equals(first)).toBe(true);
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
  expect(writtenSince('.next/server', since)).toEqual([]);
});
