import { createHash } from 'node:crypto';
import type { Locale } from '@/lib/i18n/locales';
import type { Db } from '@/lib/storage/db';
import { runId, runQueue, type QueueReport } from './mail-queue';
import type { Mailer, OutgoingMail } from './mailer';
import { alertLocale, isDue, planAlerts, type AlertRelease } from './matching';
import { confirmedSubscriberPages, subscribersById, type Subscriber } from './subscriptions';

/**
 * The alert sender: one e-mail per confirmed subscriber and release that became public after they confirmed, through
 * the exactly-once queue of ./mail-queue.ts over the `deliveries` table (its states and guarantees are described
 * there). The language sent is recorded in the row, deliberately not part of the key: a translation published later
 * must not cause a second e-mail.
 */
export { CLAIM_MS } from './mail-queue';

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
  /** Names this run in the rows it claims (mail-queue.ts `runId`). */
  holder?: string;
};

export type BatchReport = QueueReport;

/** Subscribers read, and rows written, at a time when queueing: memory stays flat in the number of subscribers. */
const PAGE = 1000;
const INSERT_ROWS = 500;

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
      holder: options.holder ?? runId(),
      now: options.now ?? (() => new Date()),
      queue: (now) => queueDue(options, now),
      prepare: async (group) => {
        const subscribers = await subscribersById(
          db,
          group.map((row) => row.person),
        );
        return (row) => {
          const subscriber = subscribers.get(row.person);
          const release = releases.get(row.slug);
          // Unsubscribed, re-confirmed later, topics changed or release withdrawn since it was queued.
          if (!subscriber || !release || !isDue(subscriber, release)) return 'drop';
          const locale = alertLocale(subscriber, release.locales);
          return { mail: options.compose(subscriber, release.slug, locale, row.message_id), locale };
        };
      },
    },
  );
}

/**
 * Writes a "pending" row for every alert now due, a page of subscribers at a time; returns how many. Each insert
 * skips rows that exist (the unique key), so runs that queue at the same time, on any nodes, write each row once.
 */
async function queueDue({ db, releases, messageDomain }: BatchOptions, now: Date): Promise<number> {
  if (releases.length === 0) return 0;
  const slugs = releases.map((release) => release.slug);
  let queued = 0;
  for await (const page of confirmedSubscriberPages(db, PAGE)) {
    // What the log holds for this page, read once rather than asked for each subscriber and release.
    const rows = await db
      .selectFrom('deliveries')
      .select(['subscriber_id', 'release_slug'])
      .where(
        'subscriber_id',
        'in',
        page.map((subscriber) => subscriber.id),
      )
      .where('release_slug', 'in', slugs)
      .execute();
    const logged = new Set(rows.map((row) => `${row.subscriber_id}/${row.release_slug}`));
    const planned = planAlerts(page, releases, (id, slug) => logged.has(`${id}/${slug}`));
    for (let i = 0; i < planned.length; i += INSERT_ROWS) {
      const result = await db
        .insertInto('deliveries')
        .values(
          planned.slice(i, i + INSERT_ROWS).map((alert) => ({
            subscriber_id: alert.subscriberId,
            release_slug: alert.slug,
            locale: alert.locale,
            status: 'pending' as const,
            message_id: alertMessageId(alert.subscriberId, alert.slug, messageDomain),
            queued_at: now.toISOString(),
          })),
        )
        .onConflict((oc) => oc.columns(['subscriber_id', 'release_slug']).doNothing())
        .executeTakeFirst();
      queued += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
  }
  return queued;
}
