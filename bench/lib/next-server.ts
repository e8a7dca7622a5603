import { spawn } from 'node:child_process';
import { waitForHttp } from './http';

export type Server = { origin: string; pid: number; stop: () => Promise<void> };

/** `next start` of the build in `cwd` on a loopback port; the benchmarks start and stop their own. */
export async function startNext({ port, cwd = process.cwd(), env = {} }: { port: number; cwd?: string; env?: Record<string, string> }): Promise<Server> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForHttp(`${origin}/en`, 60_000, () => child.exitCode !== null);
  return {
    origin,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
