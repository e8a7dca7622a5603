import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { CLAIM_MS, runDeliveryBatch, type BatchOptions } from '@/lib/alerts/delivery';
import { outboxMailer, type Mailer } from '@/lib/alerts/mailer';
import type { AlertRelease } from '@/lib/alerts/matching';
import { unsubscribe } from '@/lib/alerts/subscriptions';
import type { Db } from '@/lib/storage/db';
import { composeForTest, confirmed, never, recordingMailer, tempFolder, tick } from '@/tests/support/alerts-db';
import { confirmedReaders } from '@/scripts/readers';
import { describeEachEngine, freshDb } from '@/tests/support/storage';

const t0 = new Date('2026-03-01T00:00:00Z');
const at = (days: number, ms = 0) => new Date(t0.getTime() + days * 86_400_000 + ms);

const releases: AlertRelease[] = [
  { slug: 'old', publishedAt: at(-1).toISOString(), topics: ['products'], locales: ['en', 'de'] },
  { slug: 'r1', publishedAt: at(1).toISOString(), topics: ['products'], locales: ['en', 'de'] },
  { slug: 'r2', publishedAt: at(1, 1000).toISOString(), topics: ['brand'], locales: ['en', 'de'] },
  { slug: 'r3', publishedAt: at(3).toISOString(), topics: ['products'], locales: ['en'] },
];

/** Four subscribers; eight alerts due at day 4 (see each line). */
async function seed(db: Db) {
  await confirmed(db, 'alice@example.com', t0); // r1 r2 r3
  await confirmed(db, 'bob@example.com', t0, { locale: 'de', languages: ['de'], topics: ['brand'] }); // r2, in German
  await confirmed(db, 'carol@example.com', t0); // r1 r2 r3
  await confirmed(db, 'dave@example.com', at(2)); // r3 only: r1 and r2 came out before he confirmed
}
const expectedAlerts = ['alice:r1', 'alice:r2', 'alice:r3', 'bob:r2', 'carol:r1', 'carol:r2', 'carol:r3', 'dave:r3'];
const who = (mail: { to: string; subject: string }) => `${mail.to.split('@')[0]}:${mail.subject.split(' ')[0]}`;

const options = (db: Db, mailer: Mailer, now: Date): BatchOptions => ({
  db,
  mailer,
  releases,
  compose: composeForTest,
  messageDomain: 'test.example',
  now: () => now,
});

/** A mailer whose process hangs for good on the third message it is handed, before or after the outbox wrote it. */
function dyingOnThird(outbox: Mailer, when: 'before writing it' | 'after writing it') {
  let handed = 0;
  const mailer: Mailer = {
    ...outbox,
    send: async (mail) => {
      if (when === 'after writing it') await outbox.send(mail);
      if (++handed === 3) await never();
      if (when === 'before writing it') await outbox.send(mail);
    },
  };
  return { mailer, handed: () => handed };
}

function statuses(db: Db) {
  return db
    .selectFrom('deliveries')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .orderBy('status')
    .execute();
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 500 && !condition(); i++) await tick();
  if (!condition()) throw new Error('condition never became true');
}

describeEachEngine('alert delivery', (engine) => {
  it('sends each due alert once, in the right language, and a second run (after a restart) sends nothing', async () => {
    const { db, open, close } = await freshDb(engine);
    await seed(db);
    const first = recordingMailer();
    const report = await runDeliveryBatch(options(db, first.mailer, at(4)));
    expect(first.sent.map(who).sort()).toEqual(expectedAlerts);
    expect(report).toMatchObject({ queued: 8, sent: 8, failed: 0, unknown: 0 });
    expect(first.sent.find((m) => who(m) === 'bob:r2')?.subject).toBe('r2 (de)');
    expect(first.sent.some((m) => m.subject.startsWith('old'))).toBe(false);
    await close(db);

    const reopened = await open();
    const second = recordingMailer();
    expect(await runDeliveryBatch(options(reopened, second.mailer, at(5)))).toMatchObject({ queued: 0, sent: 0 });
    expect(second.sent).toEqual([]);
    expect(await statuses(reopened)).toEqual([{ status: 'sent', n: 8 }]);
  });

  it('resumes a batch that died after the outbox took a message: every alert exists exactly once', async () => {
    const { db, open } = await freshDb(engine);
    const folder = tempFolder();
    await seed(db);
    const outbox = outboxMailer(path.join(folder, 'outbox'));
    const dying = dyingOnThird(outbox, 'after writing it');
    void runDeliveryBatch(options(db, dying.mailer, at(4)));
    await until(() => dying.handed() === 3);

    // A new process, after the dead one's claims have run out.
    const restarted = await open();
    const written: string[] = [];
    const counting: Mailer = {
      ...outbox,
      send: async (mail) => {
        written.push(who(mail));
        await outbox.send(mail);
      },
    };
    const report = await runDeliveryBatch(options(restarted, counting, at(4, CLAIM_MS + 1000)));
    // The outbox takes rows in groups: the dead run had started all eight. It wrote three (the last as it died):
    // those are recovered as sent, the other five go back to pending and are sent now.
    expect(report).toMatchObject({ recovered: 3, requeued: 5, sent: 5, unknown: 0 });
    // 3 messages before the crash + 5 after = 8 writes for 8 alerts: nothing written twice.
    expect(dying.handed() + written.length).toBe(8);
    expect(readdirSync(path.join(folder, 'outbox')).filter((f) => f.endsWith('.eml'))).toHaveLength(8);
    expect(await statuses(restarted)).toEqual([{ status: 'sent', n: 8 }]);
  });

  it('resends, after a crash, a message the outbox never wrote', async () => {
    const { db, open } = await freshDb(engine);
    const folder = tempFolder();
    await seed(db);
    const dying = dyingOnThird(outboxMailer(path.join(folder, 'outbox')), 'before writing it');
    void runDeliveryBatch(options(db, dying.mailer, at(4)));
    await until(() => dying.handed() === 3);
    const report = await runDeliveryBatch(
      options(await open(), outboxMailer(path.join(folder, 'outbox')), at(4, CLAIM_MS + 1000)),
    );
    // Two written before it died; the third (never written) and the five after it are sent now.
    expect(report).toMatchObject({ recovered: 2, requeued: 6, sent: 6, unknown: 0 });
    expect(readdirSync(path.join(folder, 'outbox')).filter((f) => f.endsWith('.eml'))).toHaveLength(8);
  });

  it('never resends what an SMTP server may have accepted before a crash: at most once, and reported', async () => {
    const { db, open } = await freshDb(engine);
    await seed(db);
    let onTheWire = false;
    const first = recordingMailer({
      before: (_mail, index) => {
        if (index !== 2) return;
        onTheWire = true;
        return never();
      },
    });
    void runDeliveryBatch(options(db, first.mailer, at(4)));
    await until(() => onTheWire);
    const second = recordingMailer();
    const report = await runDeliveryBatch(options(await open(), second.mailer, at(4, CLAIM_MS + 1000)));
    expect(report).toMatchObject({ unknown: 1, sent: 5 });
    const everything = [...first.sent, ...second.sent].map(who);
    expect(new Set(everything).size).toBe(everything.length);
    expect(everything).toHaveLength(7);
  });

  it('shares the work between runs at once, on separate connections, and sends each alert once', async () => {
    const { db, open } = await freshDb(engine);
    // More than one claim's worth of rows (200), so that both runs have some to send.
    const many = 260;
    await confirmedReaders(db, many, t0);
    const slow = () => recordingMailer({ before: () => new Promise((resolve) => setImmediate(resolve)) });
    const [a, b] = [slow(), slow()];
    // Two SQLite handles in one process cannot wait for each other's write lock (busy_timeout blocks the one event
    // loop), so there both runs share a handle; on Postgres they are two connections, as on two nodes. Separate
    // processes on one SQLite file are bench:alerts' two runs at once.
    const other = engine === 'postgres' ? await open() : db;
    const [first, second] = await Promise.all([
      runDeliveryBatch({ ...options(db, a.mailer, at(4)), holder: 'node-a' }),
      runDeliveryBatch({ ...options(other, b.mailer, at(4)), holder: 'node-b' }),
    ]);
    const everything = [...a.sent, ...b.sent].map(who);
    // Each reader is due r1, r2 and r3: every alert once, none twice, and both runs did part of the work.
    expect(everything).toHaveLength(many * 3);
    expect(new Set(everything).size).toBe(many * 3);
    expect(first.sent + second.sent).toBe(many * 3);
    expect(Math.min(a.sent.length, b.sent.length)).toBeGreaterThan(0);
    expect(first.queued + second.queued).toBe(many * 3);
    const senders = await db
      .selectFrom('deliveries')
      .select((eb) => ['claimed_by', eb.fn.countAll<number>().as('n')])
      .groupBy('claimed_by')
      .orderBy('claimed_by')
      .execute();
    expect(senders).toEqual([
      { claimed_by: 'node-a', n: a.sent.length },
      { claimed_by: 'node-b', n: b.sent.length },
    ]);
  });

  it("leaves a live run's claimed alerts to it, and takes them over once its claims run out", async () => {
    const { db, open } = await freshDb(engine);
    await seed(db);
    let sending = false;
    const stuck = recordingMailer({
      before: () => {
        sending = true;
        return never();
      },
    });
    void runDeliveryBatch(options(db, stuck.mailer, at(4)));
    await until(() => sending);
    // A second run while the first still holds every row: nothing for it to send.
    const other = recordingMailer();
    expect(await runDeliveryBatch(options(await open(), other.mailer, at(4, 1000)))).toMatchObject({
      queued: 0,
      sent: 0,
      unknown: 0,
    });
    expect(other.sent).toEqual([]);
    // After the claims ran out: the row that was on the wire is uncertain (SMTP), the other seven are sent.
    const later = recordingMailer();
    expect(await runDeliveryBatch(options(await open(), later.mailer, at(4, CLAIM_MS + 1000)))).toMatchObject({
      unknown: 1,
      sent: 7,
    });
    expect(await statuses(db)).toEqual([
      { status: 'sent', n: 7 },
      { status: 'unknown', n: 1 },
    ]);
  });

  it('retries a message the server refused, after a pause, and gives up on an ambiguous failure', async () => {
    const { db } = await freshDb(engine);
    await confirmed(db, 'alice@example.com', t0, { topics: ['brand'] }); // r2 only
    await confirmed(db, 'bob@example.com', t0, { topics: ['brand'], locale: 'de', languages: ['de'] }); // r2 only
    const refusal = Object.assign(new Error('451 try again later'), { responseCode: 451, code: 'EMESSAGE' });
    const timeout = Object.assign(new Error('Timeout'), { code: 'ETIMEDOUT', timeoutType: 'SOCKET_TIMEOUT' });
    const flaky = recordingMailer({
      before: (mail) => {
        throw mail.to.startsWith('alice') ? refusal : timeout;
      },
    });
    expect(await runDeliveryBatch(options(db, flaky.mailer, at(4)))).toMatchObject({ failed: 1, unknown: 1, sent: 0 });

    const working = recordingMailer();
    expect(await runDeliveryBatch(options(db, working.mailer, at(4, 60_000)))).toMatchObject({ retried: 0, sent: 0 });
    expect(await runDeliveryBatch(options(db, working.mailer, at(4, 5 * 60_000)))).toMatchObject({
      retried: 1,
      sent: 1,
    });
    expect(await runDeliveryBatch(options(db, working.mailer, at(5)))).toMatchObject({ sent: 0 });
    expect(working.sent.map(who)).toEqual(['alice:r2']);
    expect(await statuses(db)).toEqual([
      { status: 'sent', n: 1 },
      { status: 'unknown', n: 1 },
    ]);
  });

  it('records an alert it could not compose as failed and carries on with the rest', async () => {
    const { db } = await freshDb(engine);
    await seed(db);
    const mailer = recordingMailer();
    const report = await runDeliveryBatch({
      ...options(db, mailer.mailer, at(4)),
      compose: (subscriber, slug, locale, messageId) => {
        if (subscriber.email.startsWith('bob')) throw new Error('no template');
        return composeForTest(subscriber, slug, locale, messageId);
      },
    });
    expect(report).toMatchObject({ sent: 7, failed: 1 });
    expect(await db.selectFrom('deliveries').select('error').where('status', '=', 'failed').executeTakeFirst()).toEqual(
      { error: 'composing the e-mail failed: no template' },
    );
  });

  it('drops queued alerts of someone who unsubscribed while the batch ran', async () => {
    const { db } = await freshDb(engine);
    await seed(db);
    const carol = await db
      .selectFrom('subscribers')
      .select('id')
      .where('email', '=', 'carol@example.com')
      .executeTakeFirst();
    const mailer = recordingMailer({
      before: async (_mail, index) => {
        if (index === 0 && carol) await unsubscribe(db, carol.id, at(4));
      },
    });
    const report = await runDeliveryBatch(options(db, mailer.mailer, at(4)));
    // The first mail was already on its way when she left (it may have been hers); none of the others went to her.
    const toCarol = mailer.sent.filter((mail, index) => index > 0 && mail.to.startsWith('carol'));
    expect(toCarol).toEqual([]);
    expect(report.dropped + (mailer.sent[0]?.to.startsWith('carol') ? 1 : 0)).toBe(3);
    expect(report.sent + report.dropped).toBe(8);
  });
});
