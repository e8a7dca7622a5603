import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { waitForHttp } from './wait-for-http';

/**
 * Runs Debian's nginx with deploy/nginx/newsroom.conf, the shipped file itself, in front of the Next server on
 * loopback: the front test (tests/e2e/front.spec.ts) and `npm run bench:serve` share this. Only the listen port,
 * the upstream and the cache folder are replaced; each replacement must match, so the shipped file and this
 * harness cannot drift apart silently.
 */
export const nginxBinary = '/usr/sbin/nginx';
const shippedConfig = path.join(process.cwd(), 'deploy', 'nginx', 'newsroom.conf');

export type Front = {
  /** The front's origin, e.g. http://127.0.0.1:3901 */
  origin: string;
  /** Origin of a plain nginx server serving `staticRoot`, when one was asked for. */
  staticOrigin?: string;
  dir: string;
  stop: () => Promise<void>;
};

type Options = {
  port: number;
  /** The app node, or nodes: the upstream gets one `server` line for each, as the shipped file says. */
  upstreamPort: number | number[];
  staticRoot?: string;
  staticPort?: number;
  workers?: number;
};

function frontConfig({ port, upstreamPort, staticRoot, staticPort, workers = 1 }: Options, dir: string): string {
  let site = readFileSync(shippedConfig, 'utf8');
  const replace = (from: string, to: string) => {
    if (!site.includes(from))
      throw new Error(`deploy/nginx/newsroom.conf no longer contains "${from}"; update scripts/nginx-front.ts`);
    site = site.replace(from, to);
  };
  replace('listen 80;', `listen 127.0.0.1:${port};`);
  replace(
    'server 127.0.0.1:3000;',
    [upstreamPort]
      .flat()
      .map((p) => `server 127.0.0.1:${p};`)
      .join(' '),
  );
  replace('proxy_cache_path /var/cache/nginx/newsroom ', `proxy_cache_path ${path.join(dir, 'cache')} `);
  replace('access_log /var/log/nginx/newsroom-access.log ', `access_log ${path.join(dir, 'access.log')} `);
  // The floor: nginx serving the file itself, with the front's TCP settings (tcp_nopush off), so that the two differ
  // only by the proxy cache.
  const raw =
    staticRoot && staticPort
      ? `server { listen 127.0.0.1:${staticPort}; tcp_nopush off; root ${staticRoot}; default_type text/html; location / { try_files $uri =404; } }`
      : '';
  // Workers run as the invoking user (root here) so they can read the temporary folders; `user` is ignored otherwise.
  return `${process.getuid?.() === 0 ? `user ${userInfo().username};` : ''}
worker_processes ${workers};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${site}
${raw}
}
`;
}

export async function startFront(options: Options): Promise<Front> {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-nginx-'));
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, frontConfig(options, dir));
  const test = spawnSync(nginxBinary, ['-t', '-p', dir, '-c', conf, '-e', path.join(dir, 'error.log')], {
    encoding: 'utf8',
  });
  if (test.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
  }
  const child = spawn(nginxBinary, ['-p', dir, '-c', conf, '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${options.port}`;
  const staticOrigin = options.staticRoot && options.staticPort ? `http://127.0.0.1:${options.staticPort}` : undefined;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A master killed hard would leave its workers serving: stop it with SIGTERM even when the caller dies.
  const stopOnExit = () => child.kill('SIGTERM');
  process.once('exit', stopOnExit);
  try {
    await waitForHttp(`${origin}/_next/nginx-is-up`, 10_000, () => child.exitCode !== null);
  } catch (error) {
    process.off('exit', stopOnExit);
    child.kill('SIGTERM');
    const log = existsSync(path.join(dir, 'error.log')) ? readFileSync(path.join(dir, 'error.log'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx did not start: ${String(error)}\n${log}`);
  }
  return {
    origin,
    staticOrigin,
    dir,
    stop: async () => {
      process.off('exit', stopOnExit);
      // SIGTERM: the master stops its workers and exits (a killed master would leave its workers serving).
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
