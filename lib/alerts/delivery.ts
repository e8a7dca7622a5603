import { createHash, randomBytes } from 'node:crypto';
import type { Locale } from '@/lib/i18n/locales';
import type { AlertsDb } from './db';
import { acquireLock, releaseLock, renewLock } from './lock';
import { certainlyNotSent, type Mailer, type OutgoingMail } from './mailer';
import { alertLocale, isDue, planAlerts, type AlertRelease } from './matching';
import { confirmedSubscribers, findSubscriber, type Subscriber } from './subscriptions';

/**
 * The alert sender. One row per (subscriber, release) in `deliveries` is the whole truth about an alert:
 *
 *   pending ──claim──▶ sending ──accepted──▶ sent
 *                         │ └──refused for certain──▶ failed ──(backoff, up to MAX_ATTEMPTS)──▶ pending
 *                         └──ambiguous (timeout / crash while on the wire)──▶ unknown (never retried)
 *
 * The primary key makes a second row for the same subscriber and release impossible, and a row is only ever
 * claimed from "pending" once, so each alert is handed to the mail transport at most once. A run that dies between
 * the transport accepting a message and the row becoming "sent" leaves it "sending": the next run asks the
 * transport. The outbox knows (the .eml file exists or not), so there the answer is exactly once. An SMTP server
 * cannot be asked, so such a row becomes "unknown" and is reported, not resent: the recipient got it once or,
 * rarely, not at all, but never twice. The Message-ID is derived from the key, so even a copy an operator resends
 * by hand is recognizably the same message.
 */
const SENDER_LOCK = 'alerts-send';
/** Longer than any single send can take (mailer.ts caps SMTP waits at a minute each). */
export const LEASE_MS = 10 * 60_000;
const MAX_ATTEMPTS = 6;
/** Wait before retrying a failed alert: 5, 10, 20, 40, 80 minutes. */
const backoffMs = (attempts: number) => 5 * 60_000 * 2 ** Math.max(0, attempts - 1);

export type ComposeAlert = (subscriber: Subscriber, slug: string, locale: Locale, messageId: string) => OutgoingMail;

export type BatchOptions = {
  db: AlertsDb;
  mailer: Mailer;
  /** Releases public right now, through the same gate as the site. */
  releases: readonly AlertRelease[];
  compose: ComposeAlert;
  /** The domain part of Message-IDs (the sender's domain). */
  messageDomain: string;
  now?: () => Date;
  holder?: string;
};

export type BatchReport = {
  busy: boolean;
  queued: number;
  sent: number;
  failed: number;
  unknown: number;
  dropped: number;
  recovered: number;
  requeued: number;
  retried: number;
};

const alertMessageId = (subscriberId: string, slug: string, domain: string) =>
  `<alert.${createHash('sha256').update(`${subscriberId}/${slug}`).digest('hex').slice(0, 32)}@${domain}>`;

type Row = {
  subscriber_id: string;
  release_slug: string;
  status: string;
  message_id: string;
  attempts: number;
  attempted_at: string | null;
};

export async function runDeliveryBatch(options: BatchOptions): Promise<BatchReport> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const holder = options.holder ?? `${process.pid}-${randomBytes(4).toString('hex')}`;
  const report: BatchReport = {
    busy: false,
    queued: 0,
    sent: 0,
    failed: 0,
    unknown: 0,
    dropped: 0,
    recovered: 0,
    requeued: 0,
    retried: 0,
  };
  if (!acquireLock(db, SENDER_LOCK, holder, now(), LEASE_MS)) return { ...report, busy: true };
  try {
    recoverInterrupted(options, now(), report);
    retryFailed(db, now(), report);
    queueDue(options, now(), report);
    await sendPending(options, holder, now, report);
  } finally {
    releaseLock(db, SENDER_LOCK, holder);
  }
  return report;
}

const setStatus = (db: AlertsDb, row: Row, status: string, fields: { error?: string | null; sentAt?: string } = {}) =>
  db
    .prepare(
      'UPDATE deliveries SET status = ?, error = ?, sent_at = coalesce(?, sent_at) WHERE subscriber_id = ? AND release_slug = ?',
    )
    .run(status, fields.error ?? null, fields.sentAt ?? null, row.subscriber_id, row.release_slug);

/** Rows left "sending" by a run that died (we hold the lock, so no live run is sending them). */
function recoverInterrupted({ db, mailer }: BatchOptions, now: Date, report: BatchReport) {
  for (const row of db.prepare<[], Row>("SELECT * FROM deliveries WHERE status = 'sending'").all()) {
    const delivered = mailer.wasDelivered(row.message_id);
    if (delivered === true) {
      setStatus(db, row, 'sent', { sentAt: now.toISOString() });
      report.recovered++;
    } else if (delivered === false) {
      setStatus(db, row, 'pending');
      report.requeued++;
    } else {
      setStatus(db, row, 'unknown', {
        error:
          'interrupted while the SMTP server had the message: it may or may not have been accepted, so it is not resent',
      });
      report.unknown++;
    }
  }
}

function retryFailed(db: AlertsDb, now: Date, report: BatchReport) {
  for (const row of db
    .prepare<[number], Row>("SELECT * FROM deliveries WHERE status = 'failed' AND attempts < ?")
    .all(MAX_ATTEMPTS)) {
    if (now.getTime() - Date.parse(row.attempted_at ?? '') >= backoffMs(row.attempts)) {
      setStatus(db, row, 'pending', { error: null });
      report.retried++;
    }
  }
}

/** Writes a "pending" row for every alert now due, in one transaction. */
function queueDue({ db, releases, messageDomain }: BatchOptions, now: Date, report: BatchReport) {
  const logged = db.prepare('SELECT 1 FROM deliveries WHERE subscriber_id = ? AND release_slug = ?');
  const insert = db.prepare(
    "INSERT OR IGNORE INTO deliveries (subscriber_id, release_slug, locale, status, message_id, queued_at) VALUES (?, ?, ?, 'pending', ?, ?)",
  );
  db.transaction(() => {
    const planned = planAlerts(confirmedSubscribers(db), releases, (id, slug) => logged.get(id, slug) !== undefined);
    for (const alert of planned) {
      report.queued += insert.run(
        alert.subscriberId,
        alert.slug,
        alert.locale,
        alertMessageId(alert.subscriberId, alert.slug, messageDomain),
        now.toISOString(),
      ).changes;
    }
  }).immediate();
}

async function sendPending(options: BatchOptions, holder: string, now: () => Date, report: BatchReport) {
  const { db, mailer } = options;
  const releases = new Map(options.releases.map((release) => [release.slug, release]));
  const claim = db.prepare(
    "UPDATE deliveries SET status = 'sending', locale = ?, attempts = attempts + 1, attempted_at = ? WHERE subscriber_id = ? AND release_slug = ? AND status = 'pending'",
  );
  const pending = db
    .prepare<[], Row>(
      "SELECT * FROM deliveries WHERE status = 'pending' ORDER BY queued_at, release_slug, subscriber_id",
    )
    .all();
  for (const row of pending) {
    if (!renewLock(db, SENDER_LOCK, holder, now(), LEASE_MS)) return;
    const subscriber = findSubscriber(db, row.subscriber_id);
    const release = releases.get(row.release_slug);
    // Unsubscribed, re-confirmed later, topics changed or release withdrawn since it was queued: never attempted, so
    // dropping the row is safe (it is queued again if it becomes due again).
    if (!subscriber || !release || !isDue(subscriber, release)) {
      db.prepare("DELETE FROM deliveries WHERE subscriber_id = ? AND release_slug = ? AND status = 'pending'").run(
        row.subscriber_id,
        row.release_slug,
      );
      report.dropped++;
      continue;
    }
    const locale = alertLocale(subscriber, release.locales);
    let mail: OutgoingMail;
    try {
      mail = options.compose(subscriber, release.slug, locale, row.message_id);
    } catch (error) {
      // Nothing was handed over, so this is a plain failure: retried with the others, reported meanwhile.
      db.prepare(
        "UPDATE deliveries SET status = 'failed', attempts = attempts + 1, attempted_at = ?, error = ? WHERE subscriber_id = ? AND release_slug = ? AND status = 'pending'",
      ).run(
        now().toISOString(),
        `composing the e-mail failed: ${error instanceof Error ? error.message : String(error)}`,
        row.subscriber_id,
        row.release_slug,
      );
      report.failed++;
      continue;
    }
    if (claim.run(locale, now().toISOString(), row.subscriber_id, row.release_slug).changes !== 1) continue;
    try {
      await mailer.send(mail);
      setStatus(db, row, 'sent', { sentAt: now().toISOString() });
      report.sent++;
    } catch (error) {
      const delivered = mailer.wasDelivered(row.message_id);
      const message = error instanceof Error ? error.message : String(error);
      if (delivered === true) {
        setStatus(db, row, 'sent', { sentAt: now().toISOString() });
        report.sent++;
      } else if (delivered === false || certainlyNotSent(error)) {
        setStatus(db, row, 'failed', { error: message });
        report.failed++;
      } else {
        setStatus(db, row, 'unknown', { error: message });
        report.unknown++;
      }
    }
  }
}
