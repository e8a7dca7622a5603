/**
 * One `alerts:send` run as bench/alerts.ts starts it: a process of its own, the real sender (runDeliveryBatch with
 * the site's composer and the outbox mailer) over the database BENCH_DB, at the instant BENCH_NOW. Prints its report
 * as one line of JSON.
 */
import { runDeliveryBatch } from '@/lib/alerts/delivery';
import { mailDomain } from '@/lib/alerts/mail-ids';
import { outboxMailer } from '@/lib/alerts/mailer';
import { publicReleases } from '@/lib/alerts/sender';
import { loadContent } from '@/lib/content/load';
import { createQueries } from '@/lib/content/queries';
import { openDb, type StorageLocation } from '@/lib/storage/db';
import { benchComposer, benchFrom } from './alerts-compose';

const location = JSON.parse(process.env.BENCH_DB ?? '') as StorageLocation;
const outbox = process.env.BENCH_OUTBOX ?? '';
const now = new Date(process.env.BENCH_NOW ?? '');

const data = loadContent();
const content = createQueries(
  () => data,
  () => now,
  { preview: false },
);
const db = await openDb(location);
try {
  const report = await runDeliveryBatch({
    db,
    mailer: outboxMailer(outbox),
    releases: publicReleases(content),
    compose: benchComposer(content, now),
    messageDomain: mailDomain(benchFrom),
    now: () => now,
  });
  console.log(JSON.stringify(report));
} finally {
  await db.destroy();
}
