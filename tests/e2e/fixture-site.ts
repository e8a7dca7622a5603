import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * A separate copy of the newsroom, built from a fixture content folder and served by `next start`, for tests that
 * need content of their own (embargoes lifting, alerts) without touching the main build.
 *
 * The copy lives in .sites/<name> inside the project and has no lockfile or node_modules of its own, so Node and
 * Turbopack resolve packages from the project's node_modules (a copy outside the project would be a separate
 * workspace that Turbopack refuses to compile against).
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const skipped = new Set(['node_modules', '.next', '.contentlayer', '.git', '.sites', 'test-results', 'playwright-report', 'package-lock.json', 'content', 'data']);

export type FixtureSite = { url: string; root: string; stop: () => Promise<void> };

export type FixtureSiteOptions = {
  /** Folder name under .sites/. */
  name: string;
  /** A content folder (releases/, pages/, snippets/, contacts/, figures/) to build instead of content/. */
  content: string;
  port: number;
  /** Extra environment for the build and the server. */
  env?: Record<string, string>;
};

export function buildFixtureSite({ name, content, port, env = {} }: FixtureSiteOptions): { root: string; url: string; env: NodeJS.ProcessEnv } {
  const root = path.join(projectRoot, '.sites', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of readdirSync(projectRoot)) {
    if (!skipped.has(entry)) cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  cpSync(content, path.join(root, 'content'), { recursive: true });
  const url = `http://localhost:${port}`;
  const fullEnv = { ...process.env, SITE_URL: url, NEXT_TELEMETRY_DISABLED: '1', ...env };
  execFileSync('npm', ['run', 'build'], { cwd: root, env: fullEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  return { root, url, env: fullEnv };
}

export async function startFixtureSite(options: FixtureSiteOptions): Promise<FixtureSite> {
  const { root, url, env } = buildFixtureSite(options);
  const server: ChildProcess = spawn(path.join(projectRoot, 'node_modules', '.bin', 'next'), ['start', '-p', String(options.port)], { cwd: root, env, stdio: 'ignore' });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/en`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`fixture site ${options.name} did not start on ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    root,
    stop: async () => {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    },
  };
}
