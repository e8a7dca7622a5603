import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../scripts/site-copy';
import { waitForHttp } from '../../scripts/wait-for-http';

export type Server = { origin: string; pid: number; stop: () => Promise<void> };

const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
const launcher = path.join(projectRoot, 'scripts', 'start.mjs');

/**
 * The build in `cwd` served on a loopback port; the benchmarks start and stop their own. With `workers`, it is the
 * production server (`npm start`: scripts/start.mjs, that many `next start` workers); without, one `next start`.
 */
export async function startNext({
  port,
  cwd = process.cwd(),
  env = {},
  workers,
}: {
  port: number;
  cwd?: string;
  env?: Record<string, string>;
  workers?: number;
}): Promise<Server> {
  const origin = `http://127.0.0.1:${port}`;
  // Loopback only; `localhost`, not 127.0.0.1 (scripts/start.mjs says why).
  const options = ['-p', String(port), '-H', 'localhost'];
  const child = spawn(
    process.execPath,
    workers === undefined ? [nextBin, 'start', ...options] : [launcher, ...options],
    {
      cwd,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        ...(workers === undefined ? {} : { WEB_CONCURRENCY: String(workers) }),
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  // Never leave a server behind, even when the benchmark dies of an error.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  try {
    await waitForHttp(`${origin}/en`, 60_000, () => child.exitCode !== null);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, pid: child.pid ?? -1, stop };
}
