import type { AlertsDb } from './db';
import { acquireLock, releaseLock, renewLock } from './lock';
import { certainlyNotSent, type Mailer, type OutgoingMail } from './mailer';

/**
 * A table of e-mails of which each person gets at most one per release: the alerts' `deliveries` and early access's
 * `access_grants`. One row per (person, release) is the whole truth about its e-mail:
 *
 *   pending ──claim──▶ sending ──accepted──▶ sent
 *                         │ └──refused for certain──▶ failed ──(backoff, up to MAX_ATTEMPTS)──▶ pending
 *                         └──ambiguous (timeout / crash while on the wire)──▶ unknown (never retried)
 *
 * The table's unique key makes a second row for the same person and release impossible, and a row is only ever
 * claimed from "pending" once, so each e-mail is handed to the mail transport at most once. A run that dies between
 * the transport accepting a message and the row becoming "sent" leaves it "sending": the next run asks the
 * transport. The outbox knows (the .eml file exists or not), so there the answer is exactly once. An SMTP server
 * cannot be asked, so such a row becomes "unknown" and is reported, not resent: the recipient got it once or,
 * rarely, not at all, but never twice. Message-IDs are derived from the key, so even a copy an operator resends by
 * hand is recognizably the same message.
 */
export type QueueTable =
  { table: 'deliveries'; person: 'subscriber_id' } | { table: 'access_grants'; person: 'journalist_id' };

/** Longer than any single send can take (mailer.ts caps SMTP waits at a minute each). */
export const LEASE_MS = 10 * 60_000;
const MAX_ATTEMPTS = 6;
/** Wait before retrying a failed e-mail: 5, 10, 20, 40, 80 minutes. */
const backoffMs = (attempts: number) => 5 * 60_000 * 2 ** Math.max(0, attempts - 1);

/** A queued e-mail, whichever its table. */
export type QueuedMail = {
  person: string;
  slug: string;
  locale: string;
  status: string;
  message_id: string;
  attempts: number;
  attempted_at: string | null;
};

/**
 * What to do with a pending e-mail just before it is sent: send this message (in this language); drop the row
 * because it is no longer due (never attempted, so it is queued again if it becomes due again); or cancel it for
 * good, keeping the row so that it is never queued again (an early-access link revoked before it went out).
 */
export type Prepared = { mail: OutgoingMail; locale: string } | 'drop' | { cancel: string };

export type QueueRun = {
  db: AlertsDb;
  mailer: Mailer;
  /** The lease that keeps two runs of this queue apart, across processes. */
  lock: string;
  holder: string;
  now: () => Date;
  /** Writes a "pending" row for every e-mail now due and not yet in the table; returns how many it wrote. */
  queue: (now: Date) => number;
  /** Composes a pending e-mail; a throw is a plain failure (nothing was handed over), retried later. */
  prepare: (row: QueuedMail) => Prepared;
};

export type QueueReport = {
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

const emptyReport = (): QueueReport => ({
  busy: false,
  queued: 0,
  sent: 0,
  failed: 0,
  unknown: 0,
  dropped: 0,
  recovered: 0,
  requeued: 0,
  retried: 0,
});

/** One run over a queue: recover what a dead run left, retry failures, queue what is due, send what is pending. */
export async function runQueue(q: QueueTable, run: QueueRun): Promise<QueueReport> {
  const report = emptyReport();
  if (!acquireLock(run.db, run.lock, run.holder, run.now(), LEASE_MS)) return { ...report, busy: true };
  try {
    const rows = queueRows(run.db, q);
    recoverInterrupted(rows, run.mailer, run.now(), report);
    retryFailed(rows, run.now(), report);
    report.queued = run.queue(run.now());
    await sendPending(rows, run, report);
  } finally {
    releaseLock(run.db, run.lock, run.holder);
  }
  return report;
}

/** The statements over one queue table; its names come from the closed QueueTable union, never from input. */
function queueRows(db: AlertsDb, { table, person }: QueueTable) {
  const columns = `${person} AS person, release_slug AS slug, locale, status, message_id, attempts, attempted_at`;
  const key = `${person} = ? AND release_slug = ?`;
  const update = db.prepare(`UPDATE ${table} SET status = ?, error = ?, sent_at = coalesce(?, sent_at) WHERE ${key}`);
  return {
    inStatus: (status: string) =>
      db.prepare<[string], QueuedMail>(`SELECT ${columns} FROM ${table} WHERE status = ?`).all(status),
    pending: () =>
      db
        .prepare<[], QueuedMail>(
          `SELECT ${columns} FROM ${table} WHERE status = 'pending' ORDER BY queued_at, release_slug, ${person}`,
        )
        .all(),
    set: (row: QueuedMail, status: string, fields: { error?: string | null; sentAt?: string } = {}) =>
      update.run(status, fields.error ?? null, fields.sentAt ?? null, row.person, row.slug),
    drop: (row: QueuedMail) =>
      db.prepare(`DELETE FROM ${table} WHERE ${key} AND status = 'pending'`).run(row.person, row.slug),
    claim: (row: QueuedMail, locale: string, at: Date) =>
      db
        .prepare(
          `UPDATE ${table} SET status = 'sending', locale = ?, attempts = attempts + 1, attempted_at = ? WHERE ${key} AND status = 'pending'`,
        )
        .run(locale, at.toISOString(), row.person, row.slug).changes === 1,
    failComposing: (row: QueuedMail, at: Date, error: string) =>
      db
        .prepare(
          `UPDATE ${table} SET status = 'failed', attempts = attempts + 1, attempted_at = ?, error = ? WHERE ${key} AND status = 'pending'`,
        )
        .run(at.toISOString(), error, row.person, row.slug),
  };
}
type Rows = ReturnType<typeof queueRows>;

/** Rows left "sending" by a run that died (we hold the lock, so no live run is sending them). */
function recoverInterrupted(rows: Rows, mailer: Mailer, now: Date, report: QueueReport) {
  for (const row of rows.inStatus('sending')) {
    const delivered = mailer.wasDelivered(row.message_id);
    if (delivered === true) {
      rows.set(row, 'sent', { sentAt: now.toISOString() });
      report.recovered++;
    } else if (delivered === false) {
      rows.set(row, 'pending');
      report.requeued++;
    } else {
      rows.set(row, 'unknown', {
        error:
          'interrupted while the SMTP server had the message: it may or may not have been accepted, so it is not resent',
      });
      report.unknown++;
    }
  }
}

function retryFailed(rows: Rows, now: Date, report: QueueReport) {
  for (const row of rows.inStatus('failed')) {
    if (row.attempts >= MAX_ATTEMPTS) continue;
    if (now.getTime() - Date.parse(row.attempted_at ?? '') >= backoffMs(row.attempts)) {
      rows.set(row, 'pending', { error: null });
      report.retried++;
    }
  }
}

async function sendPending(rows: Rows, run: QueueRun, report: QueueReport) {
  const { mailer, now } = run;
  for (const row of rows.pending()) {
    if (!renewLock(run.db, run.lock, run.holder, now(), LEASE_MS)) return;
    let prepared: Prepared;
    try {
      prepared = run.prepare(row);
    } catch (error) {
      rows.failComposing(
        row,
        now(),
        `composing the e-mail failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      report.failed++;
      continue;
    }
    if (prepared === 'drop') {
      rows.drop(row);
      report.dropped++;
      continue;
    }
    if ('cancel' in prepared) {
      rows.set(row, 'cancelled', { error: prepared.cancel });
      report.dropped++;
      continue;
    }
    if (!rows.claim(row, prepared.locale, now())) continue;
    try {
      await mailer.send(prepared.mail);
      rows.set(row, 'sent', { sentAt: now().toISOString() });
      report.sent++;
    } catch (error) {
      const delivered = mailer.wasDelivered(row.message_id);
      const message = error instanceof Error ? error.message : String(error);
      if (delivered === true) {
        rows.set(row, 'sent', { sentAt: now().toISOString() });
        report.sent++;
      } else if (delivered === false || certainlyNotSent(error)) {
        rows.set(row, 'failed', { error: message });
        report.failed++;
      } else {
        rows.set(row, 'unknown', { error: message });
        report.unknown++;
      }
    }
  }
}
