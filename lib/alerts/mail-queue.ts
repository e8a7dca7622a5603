import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { sql, type Expression } from 'kysely';
import { isPostgres, writeTransaction, type Db } from '@/lib/storage/db';
import type { MailStatus } from '@/lib/storage/schema';
import { certainlyNotSent, type Mailer, type OutgoingMail } from './mailer';

/**
 * A table of e-mails of which each person gets at most one per release: the alerts' `deliveries` and early access's
 * `access_grants`. One row per (person, release) is the whole truth about its e-mail:
 *
 *   pending ──claim, then start──▶ sending ──accepted──▶ sent
 *                                    │ └──refused for certain──▶ failed ──(backoff, up to MAX_ATTEMPTS)──▶ pending
 *                                    └──ambiguous (timeout / crash while on the wire)──▶ unknown (never retried)
 *
 * Any number of runs, on any number of nodes, may work on a queue at once. A run claims a batch of pending rows
 * (`claimed_by`, until `claim_expires_at`) in one statement: on Postgres the batch is chosen with
 * `FOR UPDATE SKIP LOCKED`, so concurrent runs take different rows without waiting for each other; SQLite has one
 * writer at a time, so a claim is whole before the next begins. A row then goes from pending to sending only for
 * the run whose claim it carries (a conditional update), so each e-mail is handed to the mail transport at most
 * once; the table's unique key makes a second row for the same person and release impossible, the last line of
 * defence. A run that dies leaves its claims to run out (CLAIM_MS), and the next run takes them over.
 *
 * A run that dies between the transport accepting a message and the row becoming "sent" leaves it "sending": once
 * that row's claim has run out, the next run asks the transport. The outbox knows (the .eml file exists or not), so
 * there the answer is exactly once. An SMTP server cannot be asked, so such a row becomes "unknown" and is
 * reported, not resent: the recipient got it once or, rarely, not at all, but never twice. Message-IDs are derived
 * from the key, so even a copy an operator resends by hand is recognizably the same message.
 */
export type QueueTable =
  { table: 'deliveries'; person: 'subscriber_id' } | { table: 'access_grants'; person: 'journalist_id' };

/**
 * How long a claim holds: longer than any single send can take (mailer.ts caps SMTP waits at a minute each), so a
 * row still "sending" after it is certainly abandoned.
 */
export const CLAIM_MS = 10 * 60_000;
/** Rows claimed at once: few enough that a run that dies strands little, enough that claiming costs little. */
const BATCH = 200;
/** Rows the outbox takes per pair of transactions (sendBatch). */
const GROUP = 50;
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
  queued_at: string;
  attempted_at: string | null;
  claim_expires_at: number | null;
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
  /** Names this run in its claims: unique across processes and nodes (`runId()`). */
  holder: string;
  now: () => Date;
  /** Writes a "pending" row for every e-mail now due and not yet in the table; returns how many it wrote. */
  queue: (now: Date) => Promise<number>;
  /**
   * Reads, just before a group of claimed e-mails is sent, what composing them needs (once for the group, from what
   * the database says now, so that someone who left a moment ago is not written to), and returns the composer of
   * each; a composer's throw is a plain failure of that row (nothing was handed over), retried later.
   */
  prepare: (group: readonly QueuedMail[]) => Promise<(row: QueuedMail) => Prepared | Promise<Prepared>>;
};

export type QueueReport = {
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
  queued: 0,
  sent: 0,
  failed: 0,
  unknown: 0,
  dropped: 0,
  recovered: 0,
  requeued: 0,
  retried: 0,
});

/** A name for one run of a sender: the machine, the process and a random part. */
export const runId = () => `${hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`;

/** One run over a queue: recover what dead runs left, retry failures, queue what is due, send what is pending. */
export async function runQueue(q: QueueTable, run: QueueRun): Promise<QueueReport> {
  const report = emptyReport();
  const rows = queueRows(run.db, q);
  await recoverInterrupted(rows, run.mailer, run.now(), report);
  await retryFailed(rows, run.now(), report);
  report.queued = await run.queue(run.now());
  for (;;) {
    const batch = await rows.claim(run.holder, run.now());
    if (batch.length === 0) break;
    await sendBatch(q, rows, run, batch, report);
  }
  return report;
}

/**
 * The statements over one queue table, typed for both: the columns they share, and the person column of the one at
 * hand. Its names come from the closed QueueTable union, never from input. Every change of state is conditional on
 * the state it leaves (and, for a claimed row, on the claim), so that of two runs that race for a row one wins.
 */
function queueRows(db: Db, { table, person }: QueueTable) {
  const columns = [
    'release_slug as slug',
    'locale',
    'status',
    'message_id',
    'attempts',
    'queued_at',
    'attempted_at',
    'claim_expires_at',
  ] as const;
  const select = () => db.selectFrom(table).select((eb) => [eb.ref(person).as('person'), ...columns]);
  const update = () => db.updateTable(table);
  const changed = (result: { numUpdatedRows: bigint }) => result.numUpdatedRows === 1n;
  const skipLocked = isPostgres(db);
  /** `(person, release_slug) in (…)`: rows by their key, against a list of keys or a subquery. */
  const keyIn = (keys: Expression<unknown>) =>
    sql<boolean>`(${sql.ref(person)}, ${sql.ref('release_slug')}) in (${keys})`;
  return {
    /** Rows in a state that no live run holds: failed, or sending with its claim run out. */
    stale: (status: 'sending' | 'failed', now: Date): Promise<QueuedMail[]> =>
      select()
        .where('status', '=', status)
        .$if(status === 'sending', (qb) =>
          qb.where((eb) => eb.or([eb('claim_expires_at', 'is', null), eb('claim_expires_at', '<=', now.getTime())])),
        )
        .execute(),
    /**
     * Moves a row on from the state it was read in; false when another run did first. Back to pending, it is free
     * for the next claim.
     */
    settle: async (
      row: QueuedMail,
      status: QueuedMail['status'],
      fields: { error?: string | null; sentAt?: string } = {},
    ) =>
      changed(
        await update()
          .set((eb) => ({
            status,
            error: fields.error ?? null,
            sent_at: eb.fn.coalesce(eb.val(fields.sentAt ?? null), 'sent_at'),
            ...(status === 'pending' ? { claimed_by: null, claim_expires_at: null } : {}),
          }))
          .where(person, '=', row.person)
          .where('release_slug', '=', row.slug)
          .where('status', '=', row.status)
          .where((eb) =>
            row.claim_expires_at === null
              ? eb('claim_expires_at', 'is', null)
              : eb('claim_expires_at', '=', row.claim_expires_at),
          )
          .executeTakeFirst(),
      ),
    /**
     * Claims up to BATCH pending rows that no live claim holds, oldest first, in one statement; returns them. On
     * Postgres the rows are chosen with FOR UPDATE SKIP LOCKED: a row another run is claiming right now is passed
     * over instead of waited for.
     */
    claim: async (holder: string, now: Date): Promise<QueuedMail[]> => {
      const claimed = await update()
        .set({ claimed_by: holder, claim_expires_at: now.getTime() + CLAIM_MS })
        .where((eb) =>
          keyIn(
            eb
              .selectFrom(table)
              .select([person, 'release_slug'])
              .where('status', '=', 'pending')
              .where((inner) =>
                inner.or([inner('claim_expires_at', 'is', null), inner('claim_expires_at', '<=', now.getTime())]),
              )
              .orderBy('queued_at')
              .orderBy('release_slug')
              .orderBy(person)
              .limit(BATCH)
              .$if(skipLocked, (qb) => qb.forUpdate().skipLocked()),
          ),
        )
        .returning((eb) => [eb.ref(person).as('person'), ...columns])
        .execute();
      // RETURNING keeps no order: back to the queue's.
      return claimed.sort(
        (a, b) => compare(a.queued_at, b.queued_at) || compare(a.slug, b.slug) || compare(a.person, b.person),
      );
    },
    /**
     * Claimed rows (of one language) go on the wire: only those the run still holds, and only from pending. Returns
     * the keys of the rows it moved; the others were taken over by another run, whose claims they now carry.
     */
    start: async (list: readonly QueuedMail[], holder: string, locale: string, at: Date) => {
      const started = await update()
        .set((eb) => ({
          status: 'sending',
          locale,
          attempts: eb('attempts', '+', 1),
          attempted_at: at.toISOString(),
          claim_expires_at: at.getTime() + CLAIM_MS,
        }))
        .where(keyIn(keysOf(list)))
        .where('status', '=', 'pending')
        .where('claimed_by', '=', holder)
        .returning((eb) => [eb.ref(person).as('person'), 'release_slug as slug'])
        .execute();
      return new Set(started.map(keyOf));
    },
    /** Ends what the run that holds them started: sent, failed or unknown. */
    finish: async (
      list: readonly QueuedMail[],
      status: 'sent' | 'failed' | 'unknown',
      fields: { error?: string; sentAt?: string },
    ) => {
      await update()
        .set({ status, error: fields.error ?? null, ...(fields.sentAt ? { sent_at: fields.sentAt } : {}) })
        .where(keyIn(keysOf(list)))
        .where('status', '=', 'sending')
        .execute();
    },
    /** A claimed row no longer due is deleted: it is queued again if it becomes due again. */
    drop: async (row: QueuedMail, holder: string) => {
      await db
        .deleteFrom(table)
        .where(person, '=', row.person)
        .where('release_slug', '=', row.slug)
        .where('status', '=', 'pending')
        .where('claimed_by', '=', holder)
        .execute();
    },
    /** A claimed row that ends here: cancelled for good, or failed to compose (retried after the backoff). */
    close: async (
      row: QueuedMail,
      holder: string,
      at: Date,
      outcome: { status: 'cancelled' | 'failed'; error: string },
    ) =>
      changed(
        await update()
          .set((eb) => ({
            status: outcome.status,
            error: outcome.error,
            ...(outcome.status === 'failed'
              ? { attempts: eb('attempts', '+', 1), attempted_at: at.toISOString() }
              : {}),
          }))
          .where(person, '=', row.person)
          .where('release_slug', '=', row.slug)
          .where('status', '=', 'pending')
          .where('claimed_by', '=', holder)
          .executeTakeFirst(),
      ),
  };
}
type Rows = ReturnType<typeof queueRows>;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const keyOf = (row: { person: string; slug: string }) => `${row.person}/${row.slug}`;

/** These rows by their key, many in one statement, on either engine: `values (person, slug), …`. */
const keysOf = (list: readonly QueuedMail[]) =>
  sql`values ${sql.join(list.map((row) => sql`(${row.person}, ${row.slug})`))}`;

/** Rows left "sending" by a run that died: their claim ran out, so no live run is sending them. */
async function recoverInterrupted(rows: Rows, mailer: Mailer, now: Date, report: QueueReport) {
  for (const row of await rows.stale('sending', now)) {
    const delivered = mailer.wasDelivered(row.message_id);
    if (delivered === true) {
      if (await rows.settle(row, 'sent', { sentAt: now.toISOString() })) report.recovered++;
    } else if (delivered === false) {
      if (await rows.settle(row, 'pending')) report.requeued++;
    } else if (
      await rows.settle(row, 'unknown', {
        error:
          'interrupted while the SMTP server had the message: it may or may not have been accepted, so it is not resent',
      })
    ) {
      report.unknown++;
    }
  }
}

async function retryFailed(rows: Rows, now: Date, report: QueueReport) {
  for (const row of await rows.stale('failed', now)) {
    if (row.attempts >= MAX_ATTEMPTS) continue;
    if (now.getTime() - Date.parse(row.attempted_at ?? '') < backoffMs(row.attempts)) continue;
    if (await rows.settle(row, 'pending', { error: null })) report.retried++;
  }
}

/**
 * Sends a claimed batch, a group of rows at a time: each group's rows go from pending to sending in one transaction,
 * are handed to the transport one by one, and those accepted become sent in one statement. A commit is a disk flush
 * on either engine, and a statement a round trip to Postgres, so this is what makes a large run fast. Only the
 * outbox gets groups larger than one: it can say what it holds, so rows left "sending" by a crash are settled
 * exactly (recoverInterrupted). An SMTP server cannot be asked, so there each row is committed as sending before it
 * goes on the wire and as sent after.
 */
async function sendBatch(q: QueueTable, rows: Rows, run: QueueRun, batch: readonly QueuedMail[], report: QueueReport) {
  const { mailer, now, holder } = run;
  const inTransaction = <T>(work: (rows: Rows) => Promise<T>) =>
    writeTransaction(run.db, (trx) => work(queueRows(trx, q)));
  const size = mailer.kind === 'outbox' ? GROUP : 1;
  for (let from = 0; from < batch.length; from += size) {
    const group = batch.slice(from, from + size);
    const compose = await run.prepare(group);
    const prepared: { row: QueuedMail; outcome: Prepared | { failed: string } }[] = [];
    for (const row of group) {
      try {
        prepared.push({ row, outcome: await compose(row) });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        prepared.push({ row, outcome: { failed: `composing the e-mail failed: ${message}` } });
      }
    }
    const started = await inTransaction(async (inTrx) => {
      const toSend = new Map<string, { row: QueuedMail; mail: OutgoingMail }[]>();
      for (const { row, outcome } of prepared) {
        if (outcome === 'drop') {
          await inTrx.drop(row, holder);
          report.dropped++;
        } else if ('failed' in outcome) {
          if (await inTrx.close(row, holder, now(), { status: 'failed', error: outcome.failed })) report.failed++;
        } else if ('cancel' in outcome) {
          if (await inTrx.close(row, holder, now(), { status: 'cancelled', error: outcome.cancel })) report.dropped++;
        } else {
          const list = toSend.get(outcome.locale) ?? [];
          list.push({ row, mail: outcome.mail });
          toSend.set(outcome.locale, list);
        }
      }
      const onTheWire: { row: QueuedMail; mail: OutgoingMail }[] = [];
      for (const [locale, list] of toSend) {
        const moved = await inTrx.start(
          list.map((item) => item.row),
          holder,
          locale,
          now(),
        );
        // The others were taken over by another run (this run's claim ran out): they are theirs to send.
        onTheWire.push(...list.filter((item) => moved.has(keyOf(item.row))));
      }
      return onTheWire;
    });
    const accepted: QueuedMail[] = [];
    for (const { row, mail } of started) {
      try {
        await mailer.send(mail);
        accepted.push(row);
      } catch (error) {
        const delivered = mailer.wasDelivered(row.message_id);
        const message = error instanceof Error ? error.message : String(error);
        if (delivered === true) {
          accepted.push(row);
        } else if (delivered === false || certainlyNotSent(error)) {
          await rows.finish([row], 'failed', { error: message });
          report.failed++;
        } else {
          await rows.finish([row], 'unknown', { error: message });
          report.unknown++;
        }
      }
    }
    if (accepted.length > 0) {
      await rows.finish(accepted, 'sent', { sentAt: now().toISOString() });
      report.sent += accepted.length;
    }
  }
}
