import type { Db } from '@/lib/storage/db';
import type { MailStatus } from '@/lib/storage/schema';
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
  status: MailStatus;
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
  db: Db;
  mailer: Mailer;
  /** The lease that keeps two runs of this queue apart, across processes. */
  lock: string;
  holder: string;
  now: () => Date;
  /** Writes a "pending" row for every e-mail now due and not yet in the table; returns how many it wrote. */
  queue: (now: Date) => Promise<number>;
  /** Composes a pending e-mail; a throw is a plain failure (nothing was handed over), retried later. */
  prepare: (row: QueuedMail) => Promise<Prepared>;
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
  if (!(await acquireLock(run.db, run.lock, run.holder, run.now(), LEASE_MS))) return { ...report, busy: true };
  try {
    const rows = queueRows(run.db, q);
    await recoverInterrupted(rows, run.mailer, run.now(), report);
    await retryFailed(rows, run.now(), report);
    report.queued = await run.queue(run.now());
    await sendPending(rows, run, report);
  } finally {
    await releaseLock(run.db, run.lock, run.holder);
  }
  return report;
}

/**
 * The statements over one queue table, typed for both: the columns they share, and the person column of the one at
 * hand. Its names come from the closed QueueTable union, never from input.
 */
function queueRows(db: Db, { table, person }: QueueTable) {
  const select = () =>
    db
      .selectFrom(table)
      .select([
        (eb) => eb.ref(person).as('person'),
        'release_slug as slug',
        'locale',
        'status',
        'message_id',
        'attempts',
        'attempted_at',
      ]);
  const update = () => db.updateTable(table);
  const changed = (result: { numUpdatedRows: bigint }) => result.numUpdatedRows === 1n;
  return {
    inStatus: (status: QueuedMail['status']): Promise<QueuedMail[]> => select().where('status', '=', status).execute(),
    pending: (): Promise<QueuedMail[]> =>
      select().where('status', '=', 'pending').orderBy('queued_at').orderBy('release_slug').orderBy(person).execute(),
    set: async (
      row: QueuedMail,
      status: QueuedMail['status'],
      fields: { error?: string | null; sentAt?: string } = {},
    ) => {
      await update()
        .set((eb) => ({
          status,
          error: fields.error ?? null,
          sent_at: eb.fn.coalesce(eb.val(fields.sentAt ?? null), 'sent_at'),
        }))
        .where(person, '=', row.person)
        .where('release_slug', '=', row.slug)
        .execute();
    },
    drop: async (row: QueuedMail) => {
      await db
        .deleteFrom(table)
        .where(person, '=', row.person)
        .where('release_slug', '=', row.slug)
        .where('status', '=', 'pending')
        .execute();
    },
    claim: async (row: QueuedMail, locale: string, at: Date) =>
      changed(
        await update()
          .set((eb) => ({
            status: 'sending',
            locale,
            attempts: eb('attempts', '+', 1),
            attempted_at: at.toISOString(),
          }))
          .where(person, '=', row.person)
          .where('release_slug', '=', row.slug)
          .where('status', '=', 'pending')
          .executeTakeFirst(),
      ),
    failComposing: async (row: QueuedMail, at: Date, error: string) => {
      await update()
        .set((eb) => ({ status: 'failed', attempts: eb('attempts', '+', 1), attempted_at: at.toISOString(), error }))
        .where(person, '=', row.person)
        .where('release_slug', '=', row.slug)
        .where('status', '=', 'pending')
        .execute();
    },
  };
}
type Rows = ReturnType<typeof queueRows>;

/** Rows left "sending" by a run that died (we hold the lock, so no live run is sending them). */
async function recoverInterrupted(rows: Rows, mailer: Mailer, now: Date, report: QueueReport) {
  for (const row of await rows.inStatus('sending')) {
    const delivered = mailer.wasDelivered(row.message_id);
    if (delivered === true) {
      await rows.set(row, 'sent', { sentAt: now.toISOString() });
      report.recovered++;
    } else if (delivered === false) {
      await rows.set(row, 'pending');
      report.requeued++;
    } else {
      await rows.set(row, 'unknown', {
        error:
          'interrupted while the SMTP server had the message: it may or may not have been accepted, so it is not resent',
      });
      report.unknown++;
    }
  }
}

async function retryFailed(rows: Rows, now: Date, report: QueueReport) {
  for (const row of await rows.inStatus('failed')) {
    if (row.attempts >= MAX_ATTEMPTS) continue;
    if (now.getTime() - Date.parse(row.attempted_at ?? '') >= backoffMs(row.attempts)) {
      await rows.set(row, 'pending', { error: null });
      report.retried++;
    }
  }
}

async function sendPending(rows: Rows, run: QueueRun, report: QueueReport) {
  const { mailer, now } = run;
  for (const row of await rows.pending()) {
    if (!(await renewLock(run.db, run.lock, run.holder, now(), LEASE_MS))) return;
    let prepared: Prepared;
    try {
      prepared = await run.prepare(row);
    } catch (error) {
      await rows.failComposing(
        row,
        now(),
        `composing the e-mail failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      report.failed++;
      continue;
    }
    if (prepared === 'drop') {
      await rows.drop(row);
      report.dropped++;
      continue;
    }
    if ('cancel' in prepared) {
      await rows.set(row, 'cancelled', { error: prepared.cancel });
      report.dropped++;
      continue;
    }
    if (!(await rows.claim(row, prepared.locale, now()))) continue;
    try {
      await mailer.send(prepared.mail);
      await rows.set(row, 'sent', { sentAt: now().toISOString() });
      report.sent++;
    } catch (error) {
      const delivered = mailer.wasDelivered(row.message_id);
      const message = error instanceof Error ? error.message : String(error);
      if (delivered === true) {
        await rows.set(row, 'sent', { sentAt: now().toISOString() });
        report.sent++;
      } else if (delivered === false || certainlyNotSent(error)) {
        await rows.set(row, 'failed', { error: message });
        report.failed++;
      } else {
        await rows.set(row, 'unknown', { error: message });
        report.unknown++;
      }
    }
  }
}
