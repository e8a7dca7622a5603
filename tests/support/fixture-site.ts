import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copySite } from '../../scripts/site-copy';

/**
 * A separate copy of the newsroom, built from a fixture content folder and served as in production (the `npm start`
 * server, scripts/start.mjs, with two workers whatever the machine), for tests that need content of their own
 * (embargoes lifting, alerts) without touching the main build. The copy itself
 * (.sites/<name>, resolving packages from the project's node_modules) is scripts/site-copy.ts, shared with
 * `npm run bench:scale`.
 */

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

export function buildFixtureSite({ name, content, port, env = {} }: FixtureSiteOptions): {
  root: string;
  url: string;
  env: NodeJS.ProcessEnv;
} {
  const root = copySite(name, content);
  const url = `http://localhost:${port}`;
  const fullEnv = { ...process.env, SITE_URL: url, NEXT_TELEMETRY_DISABLED: '1', ...env };
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    env: fullEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    const output = `${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`The fixture site "${name}" did not build:\n${output}`);
  }
  return { root, url, env: fullEnv };
}

export type BuiltSite = ReturnType<typeof buildFixtureSite>;

/**
 * `npm run <script>` in a built copy with its settings, as cron runs it on a server (asynchronously, so that servers
 * in the test process, such as the SMTP inbox, go on answering); resolves with its output, rejects on failure.
 */
export function npmRun({ root, env }: { root: string; env: NodeJS.ProcessEnv }, script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: root, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${script} exited with ${code}:\n${output}`)),
    );
  });
}

/**
 * Serves a built copy on a port, as `npm start` does, with `env` on top of the build's. The server is the leader of
 * a process group of its own, so that `kill()` ends it with its workers at once, as a machine that dies would.
 */
export async function serveFixtureSite(
  built: BuiltSite,
  port: number,
  env: Record<string, string> = {},
): Promise<FixtureSite & { kill: () => void }> {
  const { root, url } = built;
  const server: ChildProcess = spawn(process.execPath, ['scripts/start.mjs', '-p', String(port)], {
    cwd: root,
    env: { WEB_CONCURRENCY: '2', ...built.env, ...env },
    stdio: 'ignore',
    detached: true,
  });
  const gone = () => server.exitCode !== null || server.signalCode !== null;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://localhost:${port}/en`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || gone()) throw new Error(`fixture site ${root} did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const kill = () => {
    if (server.pid && !gone()) process.kill(-server.pid, 'SIGKILL');
  };
  process.once('exit', kill);
  return {
    url,
    root,
    kill,
    stop: async () => {
      process.off('exit', kill);
      if (gone()) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      // The workers may linger on open keep-alive connections: give them a moment, then end the server and its
      // workers.
      const timer = setTimeout(kill, 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export async function startFixtureSite(options: FixtureSiteOptions): Promise<FixtureSite> {
  return serveFixtureSite(buildFixtureSite(options), options.port);
}
