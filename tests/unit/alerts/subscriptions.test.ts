import { describe, expect, it } from 'vitest';
import { migrate, openAlertsDb, schemaVersion } from '@/lib/alerts/db';
import { migrations } from '@/lib/alerts/migrations';
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
import { tempDb } from '@/tests/support/alerts-db';

const now = new Date('2026-03-01T12:00:00Z');
const request = {
  email: 'journalist@example.com',
  locale: 'de' as const,
  languages: ['de' as const, 'en' as const],
  topics: ['brand' as const],
  consentText: 'Ich willige ein.',
};

describe('alert subscriptions', () => {
  it('create the database file with the migrations applied once, and keep everything across a restart', () => {
    const { db, file } = tempDb();
    expect(schemaVersion(db)).toBe(migrations.length);
    const { subscriber } = requestSubscription(db, request, now);
    migrate(db);
    db.close();
    const reopened = openAlertsDb(file);
    expect(schemaVersion(reopened)).toBe(migrations.length);
    expect(findSubscriber(reopened, subscriber.id)?.email).toBe(request.email);
  });

  it('store the consent wording and time, and confirm only through the confirmation step', () => {
    const { db } = tempDb();
    const first = requestSubscription(db, request, now);
    expect(first.kind).toBe('confirm');
    expect(first.subscriber).toMatchObject({
      status: 'pending',
      consent: { text: 'Ich willige ein.', locale: 'de', at: now.toISOString() },
      languages: ['de', 'en'],
      topics: ['brand'],
    });
    expect(first.subscriber.confirmedAt).toBeUndefined();
    expect(confirmSubscription(db, first.subscriber.id, new Date('2026-03-01T13:00:00Z'))).toBe('confirmed');
    expect(findSubscriber(db, first.subscriber.id)).toMatchObject({
      status: 'confirmed',
      confirmedAt: '2026-03-01T13:00:00.000Z',
    });
    expect(confirmSubscription(db, first.subscriber.id, new Date('2026-03-02T00:00:00Z'))).toBe('already-confirmed');
    expect(findSubscriber(db, first.subscriber.id)?.confirmedAt).toBe('2026-03-01T13:00:00.000Z');
  });

  it('never let a second request change a confirmed subscription (only its owner, through the settings link, can)', () => {
    const { db } = tempDb();
    const { subscriber } = requestSubscription(db, request, now);
    confirmSubscription(db, subscriber.id, now);
    const again = requestSubscription(db, { ...request, languages: ['zh'], topics: 'all', consentText: 'other' }, now);
    expect(again.kind).toBe('known');
    expect(findSubscriber(db, subscriber.id)).toMatchObject({
      languages: ['de', 'en'],
      topics: ['brand'],
      consent: { text: 'Ich willige ein.' },
    });
    expect(updatePreferences(db, subscriber.id, { languages: ['fr'], topics: 'all' }, now)).toBe(true);
    expect(findSubscriber(db, subscriber.id)).toMatchObject({ languages: ['fr'], topics: 'all' });
  });

  it('keep an old confirmation link from undoing an unsubscribe; subscribing again needs a new confirmation', () => {
    const { db } = tempDb();
    const { subscriber } = requestSubscription(db, request, now);
    confirmSubscription(db, subscriber.id, now);
    expect(unsubscribe(db, subscriber.id, now)).toBe(true);
    expect(unsubscribe(db, subscriber.id, now)).toBe(true);
    expect(confirmSubscription(db, subscriber.id, now)).toBe('not-pending');
    expect(requestSubscription(db, request, now).kind).toBe('confirm');
    const later = new Date('2026-04-01T00:00:00Z');
    expect(confirmSubscription(db, subscriber.id, later)).toBe('confirmed');
    expect(findSubscriber(db, subscriber.id)?.confirmedAt).toBe(later.toISOString());
  });

  it('export everything stored, and delete it all, delivery log included', () => {
    const { db } = tempDb();
    const { subscriber } = requestSubscription(db, request, now);
    db.prepare(
      "INSERT INTO deliveries (subscriber_id, release_slug, locale, status, message_id, queued_at) VALUES (?, 'r1', 'de', 'sent', '<m@x>', ?)",
    ).run(subscriber.id, now.toISOString());
    expect(exportSubscriber(db, subscriber.id)).toMatchObject({
      email: request.email,
      consent: { text: 'Ich willige ein.' },
      deliveries: [{ release: 'r1', language: 'de', status: 'sent' }],
    });
    expect(deleteSubscriber(db, subscriber.id)).toBe(true);
    expect(findSubscriber(db, subscriber.id)).toBeUndefined();
    expect(db.prepare('SELECT count(*) AS n FROM deliveries').get()).toEqual({ n: 0 });
    expect(exportSubscriber(db, subscriber.id)).toBeUndefined();
  });

  it('export and delete the early-access record of the same address, with its grants and access log', () => {
    const { db } = tempDb();
    const { subscriber } = requestSubscription(db, request, now);
    const other = requestSubscription(db, { ...request, email: 'other@example.com' }, now).subscriber;
    const person = { name: 'Jo Doe', outlet: 'Auto Weekly', locale: 'de', groups: ['eu-auto-press'] };
    const { journalist } = addJournalist(db, { ...person, email: 'Journalist@Example.com' }, now);
    addJournalist(db, { ...person, email: 'unrelated@example.com' }, now);
    queueGrant(db, { journalistId: journalist.id, slug: 'smart-5', locale: 'de', messageId: '<g@x>' }, now);
    const grant = db.prepare<[], { id: string }>('SELECT id FROM access_grants').get();
    logAccess(db, { grantId: grant?.id ?? '', action: 'open', client: '192.0.2.7' }, now);
    expect(exportSubscriber(db, subscriber.id)).toMatchObject({
      email: request.email,
      earlyAccess: {
        email: 'journalist@example.com',
        outlet: 'Auto Weekly',
        groups: [{ group: 'eu-auto-press' }],
        grants: [{ release: 'smart-5' }],
        log: [{ release: 'smart-5', action: 'open', client: '192.0.2.7' }],
      },
    });
    expect(exportSubscriber(db, other.id)).not.toHaveProperty('earlyAccess');
    expect(deleteSubscriber(db, subscriber.id)).toBe(true);
    expect(findJournalist(db, 'journalist@example.com')).toBeUndefined();
    expect(db.prepare('SELECT count(*) AS n FROM access_log').get()).toEqual({ n: 0 });
    expect(findJournalist(db, 'unrelated@example.com')?.name).toBe('Jo Doe');
    expect(findSubscriber(db, other.id)?.email).toBe('other@example.com');
  });

  it('find the early-access record by its link to the subscriber even under another address', () => {
    const { db } = tempDb();
    const { subscriber } = requestSubscription(db, request, now);
    const person = { name: 'Jo Doe', outlet: 'Auto Weekly', locale: 'de', groups: ['eu-auto-press'] };
    addJournalist(db, { ...person, email: 'jo@newsdesk.example', subscriberId: subscriber.id }, now);
    expect(exportSubscriber(db, subscriber.id)).toMatchObject({ earlyAccess: { email: 'jo@newsdesk.example' } });
    expect(deleteSubscriber(db, subscriber.id)).toBe(true);
    expect(findJournalist(db, 'jo@newsdesk.example')).toBeUndefined();
    expect(deleteSubscriber(db, subscriber.id)).toBe(false);
  });

  it('keep one row per address when two processes ask at once', () => {
    const { db, file } = tempDb();
    const other = openAlertsDb(file);
    for (let i = 0; i < 20; i++) requestSubscription(i % 2 ? db : other, request, now);
    expect(db.prepare('SELECT count(*) AS n FROM subscribers').get()).toEqual({ n: 1 });
  });
});
