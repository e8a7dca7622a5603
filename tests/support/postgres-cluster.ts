import type { TestProject } from 'vitest/node';
import { postgresProblem, startPostgres } from '../../scripts/postgres-cluster';

/**
 * Vitest's globalSetup: one throwaway Postgres cluster (scripts/postgres-cluster.ts) for the whole unit test run,
 * without fsync, so the storage suites run on both engines (tests/support/storage.ts); stopped and deleted at the
 * end. Without Postgres the test files get the reason instead, and skip their Postgres leg with it; under CI=true
 * the run fails instead.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { url: string } | { problem: string };
  }
}

export default function setup(project: TestProject) {
  const problem = postgresProblem();
  if (problem) {
    const reason = `Postgres legs skipped: ${problem}`;
    if (process.env.CI === 'true') throw new Error(`${reason}\nCI=true: the Postgres legs must run.`);
    console.warn(reason);
    project.provide('postgres', { problem: reason });
    return;
  }
  const cluster = startPostgres({ durable: false });
  project.provide('postgres', { url: cluster.url });
  return cluster.stop;
}
