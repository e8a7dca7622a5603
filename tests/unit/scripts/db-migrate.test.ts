import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { migrations } from '@/lib/storage/migrations';
import { tempFolder } from '@/tests/support/alerts-db';
import { describeEachEngine, freshStorage } from '@/tests/support/storage';

/** `npm run db:migrate` as an operator runs it: tsx in a child process, configured by the environment alone. */
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
const migrate = (settings: Record<string, string>) =>
  spawnSync(process.execPath, [tsx, 'scripts/db-migrate.ts'], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ALERTS_SECRET: 'x'.repeat(40), ...settings },
  });

describeEachEngine('npm run db:migrate', (engine) => {
  // Two runs of tsx in a child process: seconds each on a busy machine.
  it(
    'brings a new database to the newest schema and says which database and version',
    { timeout: 60_000 },
    async () => {
      const { location, open } = await freshStorage(engine);
      const settings: Record<string, string> =
        location.engine === 'sqlite' ? { ALERTS_DB: location.file } : { DATABASE_URL: location.url };
      const where = location.engine === 'sqlite' ? `the SQLite file ${location.file}` : 'Postgres (DATABASE_URL)';
      for (let run = 0; run < 2; run++) {
        const result = migrate(settings);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe(
          `db:migrate: ${where} is at schema version ${migrations.length} of ${migrations.length}.\n`,
        );
      }
      const db = await open();
      expect(await db.selectFrom('schema_migrations').select('version').execute()).toHaveLength(migrations.length);
    },
  );
});

it(
  'refuses a DATABASE_URL that is not Postgres, naming the variable and the expected form',
  { timeout: 60_000 },
  () => {
    const result = migrate({
      DATABASE_URL: 'mysql://user@db/newsroom',
      ALERTS_DB: path.join(tempFolder(), 'x.sqlite'),
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      'DATABASE_URL must look like postgres://user:password@host:5432/newsroom (or be unset for SQLite)',
    );
  },
);

it(
  'refuses Postgres without ALERTS_SECRET, since every node sharing the database must sign links with one key',
  { timeout: 60_000 },
  () => {
    const result = migrate({ DATABASE_URL: 'postgres://newsroom@db:5432/newsroom', ALERTS_SECRET: '' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('ALERTS_SECRET must be set, the same on every node, when DATABASE_URL is');
  },
);
