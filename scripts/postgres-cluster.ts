import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool } from 'pg';
import { ensureDebianPackage } from './ensure-debian-package';

/**
 * A throwaway Postgres cluster, for the unit tests' Postgres legs (tests/support/postgres-cluster.ts, Vitest's global
 * setup), the multi-node end-to-end test and `npm run bench:alerts`. Debian's server (the `postgresql` package,
 * installed when missing and we are root, as for every Debian tool the tests need) is initialised in a temporary
 * folder and deleted with it. initdb and postgres refuse to run as root, so as root they run as `nobody`, which then
 * owns the folder.
 */

/** The newest server version's bin folder: Debian keeps each major version under /usr/lib/postgresql/N. */
function serverBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a)).find((v) => existsSync(`${root}/${v}/bin/initdb`));
  return newest && `${root}/${newest}/bin`;
}

/** Why no Postgres server can be had (after trying to install it when root), or undefined when one can. */
export function postgresProblem(): string | undefined {
  // pg_ctlcluster (postgresql-common, on the PATH) comes with the server package whatever its version.
  const problem = serverBin() ? undefined : ensureDebianPackage('pg_ctlcluster', 'postgresql');
  return serverBin() ? undefined : (problem ?? 'no /usr/lib/postgresql/*/bin/initdb after installing postgresql');
}

export type Cluster = { url: string; stop: () => void };

/**
 * Starts a throwaway cluster in a temporary folder, listening on a Unix socket in that folder only (no TCP port to
 * collide with) unless a loopback `port` is given. `durable: false` turns fsync off (tests, whose data is thrown
 * away); a benchmark keeps Postgres's defaults, so its figures are a production server's. `stop()` stops it and
 * deletes the folder.
 */
export function startPostgres(options: { durable: boolean; port?: number }): Cluster {
  const bin = serverBin();
  if (!bin) throw new Error(postgresProblem());
  const folder = mkdtempSync(path.join(tmpdir(), 'newsroom-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
    chownSync(folder, id('-u'), id('-g'));
  }
  const run = (tool: string, args: string[]) => {
    const command = [`${bin}/${tool}`, ...args];
    const [file = '', ...rest] = asRoot ? ['runuser', '-u', 'nobody', '--', ...command] : command;
    execFileSync(file, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  const data = path.join(folder, 'data');
  const listen = options.port
    ? ['-c', 'listen_addresses=127.0.0.1', '-p', String(options.port)]
    : ['-c', "listen_addresses=''"];
  const server = [
    ...listen,
    '-k',
    folder,
    ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off']),
  ];
  const log = path.join(folder, 'server.log');
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
    run('pg_ctl', ['-D', data, '-l', log, '-w', '-o', server.join(' '), 'start']);
  } catch (error) {
    const said = existsSync(log) ? `\n${readFileSync(log, 'utf8')}` : '';
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`Postgres did not start: ${error instanceof Error ? error.message : String(error)}${said}`);
  }
  return {
    url: options.port
      ? `postgres://postgres@127.0.0.1:${options.port}/postgres`
      : `postgres://postgres@localhost/postgres?host=${encodeURIComponent(folder)}`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

/** Creates a database on the cluster at `clusterUrl` and returns its URL. */
export async function createDatabase(clusterUrl: string, name: string): Promise<string> {
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new Pool({ connectionString: clusterUrl }) }),
  });
  try {
    // A database name is an SQL identifier: Kysely has no builder for CREATE DATABASE.
    await sql`create database ${sql.id(name)}`.execute(admin);
  } finally {
    await admin.destroy();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
