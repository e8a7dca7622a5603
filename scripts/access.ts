import { runAccess } from '@/lib/early-access/cli';
import { openDb, type Db } from '@/lib/storage/db';
import { configuredStorage } from '@/lib/storage/shared';

/** `npm run access -- <command>`: manages who may read releases early (lib/early-access/cli.ts, docs/early-access.md). */
let db: Promise<Db> | undefined;
try {
  process.exitCode = await runAccess(process.argv.slice(2), {
    db: () => (db ??= openDb(configuredStorage())),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    now: () => new Date(),
  });
} finally {
  await (await db)?.destroy();
}
