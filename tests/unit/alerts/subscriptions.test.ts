import { expect, it } from 'vitest';
import { logAccess, queueGrant } from '@/lib/early-access/grants';
import { addJournalist, findJournalist } from '@/lib/early-access/store';
import {
  confirmSubscription,
  deleteSubscriber,
  exportSubscriber,
  findSubscriber,
  requestSubscription,
  unsubscribe,
  updatePreferences,
} from '@/lib/alerts/subscriptions';
import { schemaVersion, type Db } from '@/lib/storage/db';
import { migrations } from '@/lib/storage/migrations';
import { describeEachEngine, freshDb } from '@/tests/support/storage';

const count = async (db: Db, table: 'subscribers' | 'deliveries' | 'access_log') =>
  (
    await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst()
  )?.n;

const now = new Date('2026-03-01T12:00:00Z');
const request = {
  email: 'journalist@example.com',
  locale: 'de' as const,
  languages: ['de' as const, 'en' as const],
  topics: ['brand' as const],
  consentText: 'Ich willige ein.',
};

describeEachEngine('alert subscriptions', (engine) => {
  it('create the database file with the migrations applied once, and keep everything across a restart', async () => {
    const { db, open, close } = await freshDb(engine);
    expect(await schemaVersion(db)).toBe(migrations.length);
    const { subscriber } = await requestSubscription(db, request, now);
    await close(db);
    const reopened = await open();
    expect(await schemaVersion(reopened)).toBe(migrations.length);
    expect(await reopened.selectFrom('schema_migrations').select('version').execute()).toHaveLength(migrations.length);
    expect((await findSubscriber(reopened, subscriber.id))?.email).toBe(request.email);
  });

  it('store the consent wording and time, and confirm only through the confirmation step', async () => {
    const { db } = await freshDb(engine);
    const first = await requestSubscription(db, request, now);
    expect(first.kind).toBe('confirm');
    expect(first.subscriber).toMatchObject({
      status: 'pending',
      consent: { text: 'Ich willige ein.', locale: 'de', at: now.toISOString() },
      languages: ['de', 'en'],
      topics: ['brand'],
    });
    expect(first.subscriber.confirmedAt).toBeUndefined();
    expect(await confirmSubscription(db, first.subscriber.id, new Date('2026-03-01T13:00:00Z'))).toBe('confirmed');
    expect(await findSubscriber(db, first.subscriber.id)).toMatchObject({
      status: 'confirmed',
      confirmedAt: '2026-03-01T13:00:00.000Z',
    });
    expect(await confirmSubscription(db, first.subscriber.id, new Date('2026-03-02T00:00:00Z'))).toBe(
      'already-confirmed',
    );
    expect((await findSubscriber(db, first.subscriber.id))?.confirmedAt).toBe('2026-03-01T13:00:00.000Z');
  });

  it('never let a second request change a confirmed subscription (only its owner, through the settings link, can)', async () => {
    const { db } = await freshDb(engine);
    const { subscriber } = await requestSubscription(db, request, now);
    await confirmSubscription(db, subscriber.id, now);
    const again = await requestSubscription(
      db,
      { ...request, languages: ['zh'], topics: 'all', consentText: 'other' },
      now,
    );
    expect(again.kind).toBe('known');
    expect(await findSubscriber(db, subscriber.id)).toMatchObject({
      languages: ['de', 'en'],
      topics: ['brand'],
      consent: { text: 'Ich willige ein.' },
    });
    expect(await updatePreferences(db, subscriber.id, { languages: ['fr'], topics: 'all' }, now)).toBe(true);
    expect(await findSubscriber(db, subscriber.id)).toMatchObject({ languages: ['fr'], topics: 'all' });
  });

  it('keep an old confirmation link from undoing an unsubscribe; subscribing again needs a new confirmation', async () => {
    const { db } = await freshDb(engine);
    const { subscriber } = await requestSubscription(db, request, now);
    await confirmSubscription(db, subscriber.id, now);
    expect(await unsubscribe(db, subscriber.id, now)).toBe(true);
    expect(await unsubscribe(db, subscriber.id, now)).toBe(true);
    expect(await confirmSubscription(db, subscriber.id, now)).toBe('not-pending');
    expect((await requestSubscription(db, request, now)).kind).toBe('confirm');
    const later = new Date('2026-04-01T00:00:00Z');
    expect(await confirmSubscription(db, subscriber.id, later)).toBe('confirmed');
    expect((await findSubscriber(db, subscriber.id))?.confirmedAt).toBe(later.toISOString());
  });

  it('export everything stored, and delete it all, delivery log included', async () => {
    const { db } = await freshDb(engine);
    const { subscriber } = await requestSubscription(db, request, now);
    await db
      .insertInto('deliveries')
      .values({
        subscriber_id: subscriber.id,
        release_slug: 'r1',
        locale: 'de',
        status: 'sent',
        message_id: '<m@x>',
        queued_at: now.toISOString(),
      })
      .execute();
    expect(await exportSubscriber(db, subscriber.id)).toMatchObject({
      email: request.email,
      consent: { text: 'Ich willige ein.' },
      deliveries: [{ release: 'r1', language: 'de', status: 'sent' }],
    });
    expect(await deleteSubscriber(db, subscriber.id)).toBe(true);
    expect(await findSubscriber(db, subscriber.id)).toBeUndefined();
    expect(await count(db, 'deliveries')).toBe(0);
    expect(await exportSubscriber(db, subscriber.id)).toBeUndefined();
  });

  it('export and delete the early-access record of the same address, with its grants and access log', async () => {
    const { db } = await freshDb(engine);
    const { subscriber } = await requestSubscription(db, request, now);
    const other = (await requestSubscription(db, { ...request, email: 'other@example.com' }, now)).subscriber;
    const person = { name: 'Jo Doe', outlet: 'Auto Weekly', locale: 'de', groups: ['eu-auto-press'] };
    const { journalist } = await addJournalist(db, { ...person, email: 'Journalist@Example.com' }, now);
    await addJournalist(db, { ...person, email: 'unrelated@example.com' }, now);
    await queueGrant(db, { journalistId: journalist.id, slug: 'smart-5', locale: 'de', messageId: '<g@x>' }, now);
    const grant = await db.selectFrom('access_grants').select('id').executeTakeFirst();
    await logAccess(db, { grantId: grant?.id ?? '', action: 'open', client: '192.0.2.7' }, now);
    expect(await exportSubscriber(db, subscriber.id)).toMatchObject({
      email: request.email,
      earlyAccess: {
        email: 'journalist@example.com',
        outlet: 'Auto Weekly',
        groups: [{ group: 'eu-auto-press' }],
        grants: [{ release: 'smart-5' }],
        log: [{ release: 'smart-5', action: 'open', client: '192.0.2.7' }],
      },
    });
    expect(await exportSubscriber(db, other.id)).not.toHaveProperty('earlyAccess');
    expect(await deleteSubscriber(db, subscriber.id)).toBe(true);
    expect(await findJournalist(db, 'journalist@example.com')).toBeUndefined();
    expect(await count(db, 'access_log')).toBe(0);
    expect((await findJournalist(db, 'unrelated@example.com'))?.name).toBe('Jo Doe');
    expect((await findSubscriber(db, other.id))?.email).toBe('other@example.com');
  });

  it('find the early-access record by its link to the subscriber even under another address', async () => {
    const { db } = await freshDb(engine);
    const { subscriber } = await requestSubscription(db, request, now);
    const person = { name: 'Jo Doe', outlet: 'Auto Weekly', locale: 'de', groups: ['eu-auto-press'] };
    await addJournalist(db, { ...person, email: 'jo@newsdesk.example', subscriberId: subscriber.id }, now);
    expect(await exportSubscriber(db, subscriber.id)).toMatchObject({ earlyAccess: { email: 'jo@newsdesk.example' } });
    expect(await deleteSubscriber(db, subscriber.id)).toBe(true);
    expect(await findJournalist(db, 'jo@newsdesk.example')).toBeUndefined();
    expect(await deleteSubscriber(db, subscriber.id)).toBe(false);
  });

  it('keep one row per address when two processes ask at once', async () => {
    const { db, open } = await freshDb(engine);
    const other = await open();
    for (let i = 0; i < 20; i++) await requestSubscription(i % 2 ? db : other, request, now);
    expect(await count(db, 'subscribers')).toBe(1);
  });
});
