import { createHash, randomBytes } from 'node:crypto';
import type { Locale } from '@/lib/i18n/locales';
import { writeTransaction, type Db } from '@/lib/storage/db';
import { runQueue, type QueueReport } from './mail-queue';
import type { Mailer, OutgoingMail } from './mailer';
import { alertLocale, isDue, planAlerts, type AlertRelease } from './matching';
import { confirmedSubscribers, findSubscriber, type Subscriber } from './subscriptions';

/**
 * The alert sender: one e-mail per confirmed subscriber and release that became public after they confirmed, through
 * the exactly-once queue of ./mail-queue.ts over the `deliveries` table (its states and guarantees are described
 * there). The language sent is recorded in the row, deliberately not part of the key: a translation published later
 * must not cause a second e-mail.
 */
const SENDER_LOCK = 'alerts-send';
export { LEASE_MS } from './mail-queue';

export type ComposeAlert = (subscriber: Subscriber, slug: string, locale: Locale, messageId: string) => OutgoingMail;

export type BatchOptions = {
  db: Db;
  mailer: Mailer;
  /** Releases public right now, through the same gate as the site. */
  releases: readonly AlertRelease[];
  compose: ComposeAlert;
  /** The domain part of Message-IDs (the sender's domain). */
  messageDomain: string;
  now?: () => Date;
  holder?: string;
};

export type BatchReport = QueueReport;

const alertMessageId = (subscriberId: string, slug: string, domain: string) =>
  `<alert.${createHash('sha256').update(`${subscriberId}/${slug}`).digest('hex').slice(0, 32)}@${domain}>`;

export function runDeliveryBatch(options: BatchOptions): Promise<BatchReport> {
  const { db } = options;
  const releases = new Map(options.releases.map((release) => [release.slug, release]));
  return runQueue(
    { table: 'deliveries', person: 'subscriber_id' },
    {
      db,
      mailer: options.mailer,
      lock: SENDER_LOCK,
      holder: options.holder ?? `${process.pid}-${randomBytes(4).toString('hex')}`,
      now: options.now ?? (() => new Date()),
      queue: (now) => queueDue(options, now),
      prepare: async (row) => {
        const subscriber = await findSubscriber(db, row.person);
        const release = releases.get(row.slug);
        // Unsubscribed, re-confirmed later, topics changed or release withdrawn since it was queued.
        if (!subscriber || !release || !isDue(subscriber, release)) return 'drop';
        const locale = alertLocale(subscriber, release.locales);
        return { mail: options.compose(subscriber, release.slug, locale, row.message_id), locale };
      },
    },
  );
}

/** Writes a "pending" row for every alert now due, in one transaction; returns how many. */
function queueDue({ db, releases, messageDomain }: BatchOptions, now: Date): Promise<number> {
  if (releases.length === 0) return Promise.resolve(0);
  return writeTransaction(db, async (trx) => {
    // What the log holds for these releases, read once rather than asked for each subscriber and release.
    const rows = await trx
      .selectFrom('deliveries')
      .select(['subscriber_id', 'release_slug'])
      .where(
        'release_slug',
        'in',
        releases.map((release) => release.slug),
      )
      .execute();
    const logged = new Set(rows.map((row) => `${row.subscriber_id}/${row.release_slug}`));
    const planned = planAlerts(await confirmedSubscribers(trx), releases, (id, slug) => logged.has(`${id}/${slug}`));
    let queued = 0;
    for (const alert of planned) {
      const result = await trx
        .insertInto('deliveries')
        .values({
          subscriber_id: alert.subscriberId,
          release_slug: alert.slug,
          locale: alert.locale,
          status: 'pending',
          message_id: alertMessageId(alert.subscriberId, alert.slug, messageDomain),
          queued_at: now.toISOString(),
        })
        .onConflict((oc) => oc.columns(['subscriber_id', 'release_slug']).doNothing())
        .executeTakeFirst();
      queued += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return queued;
  });
}
