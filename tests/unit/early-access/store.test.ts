import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openAlertsDb, schemaVersion } from '@/lib/alerts/db';
import { migrations } from '@/lib/alerts/migrations';
import { findSubscriber, requestSubscription } from '@/lib/alerts/subscriptions';
import { logAccess, queueGrant } from '@/lib/early-access/grants';
import { exportJournalist } from '@/lib/early-access/personal-data';
import {
  addJournalist,
  checkJournalist,
  EarlyAccessInputError,
  findJournalist,
  groupCounts,
  groupMembers,
  listJournalists,
  removeFromGroups,
} from '@/lib/early-access/store';
import { tempDb, tempFolder } from '@/tests/support/alerts-db';

const now = new Date('2026-11-20T10:00:00Z');
const later = new Date('2026-11-21T10:00:00Z');
const alice = {
  email: 'Alice.Doe@Example.com',
  name: 'Alice Doe',
  outlet: 'Auto Weekly',
  locale: 'de',
  groups: ['eu-auto-press'],
};

describe('early-access store', () => {
  it('upgrades a database made at migration 1 to migration 2 with its subscribers intact', () => {
    const before = path.join(tempFolder(), 'alerts.sqlite');
    const seeded = new Database(before);
    seeded.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    seeded.exec(migrations[0]?.sql ?? '');
    seeded.prepare('INSERT INTO schema_migrations VALUES (1, ?, ?)').run('v1', now.toISOString());
    seeded
      .prepare(
        `INSERT INTO subscribers (id, email, locale, languages, topics, status, consent_text, consent_locale, consent_at, created_at, updated_at, confirmed_at)
         VALUES ('0123456789abcdef0123456789abcdef', 'old@example.com', 'fr', '["fr"]', NULL, 'confirmed', 'J''accepte.', 'fr', ?, ?, ?, ?)`,
      )
      .run(now.toISOString(), now.toISOString(), now.toISOString(), now.toISOString());
    seeded.close();
    const db = openAlertsDb(before);
    expect(schemaVersion(db)).toBe(2);
    expect(findSubscriber(db, '0123456789abcdef0123456789abcdef')).toMatchObject({
      email: 'old@example.com',
      status: 'confirmed',
      consent: { text: "J'accepte." },
    });
    const { journalist } = addJournalist(
      db,
      { ...alice, email: 'old@example.com', subscriberId: '0123456789abcdef0123456789abcdef' },
      now,
    );
    expect(journalist.subscriberId).toBe('0123456789abcdef0123456789abcdef');
  });

  it('adds a person by lower-cased address, then updates them and adds groups without duplicating', () => {
    const { db } = tempDb();
    const first = addJournalist(db, alice, now);
    expect(first.created).toBe(true);
    expect(first.addedGroups).toEqual(['eu-auto-press']);
    expect(first.journalist).toMatchObject({
      email: 'alice.doe@example.com',
      name: 'Alice Doe',
      locale: 'de',
      groups: ['eu-auto-press'],
      createdAt: now.toISOString(),
    });
    expect(first.journalist.id).toMatch(/^[0-9a-f]{32}$/);
    const second = addJournalist(
      db,
      { ...alice, email: 'alice.doe@example.com', outlet: 'Motor Daily', groups: ['business-press', 'eu-auto-press'] },
      later,
    );
    expect(second.created).toBe(false);
    expect(second.addedGroups).toEqual(['business-press']);
    expect(second.journalist).toMatchObject({
      id: first.journalist.id,
      outlet: 'Motor Daily',
      groups: ['business-press', 'eu-auto-press'],
      createdAt: now.toISOString(),
      updatedAt: later.toISOString(),
    });
    expect(listJournalists(db)).toHaveLength(1);
    expect(findJournalist(db, first.journalist.id)?.email).toBe('alice.doe@example.com');
    expect(findJournalist(db, 'ALICE.DOE@example.com')?.outlet).toBe('Motor Daily');
  });

  it('refuses a bad address, language, group or name, naming each with its value and what is allowed', () => {
    expect(
      checkJournalist({
        email: 'not-mail',
        name: ' ',
        outlet: 'A\nB',
        locale: 'xx',
        groups: ['eu-auto-press', 'press'],
      }),
    ).toEqual({
      ok: false,
      problems: [
        { field: 'email', value: 'not-mail', allowed: 'must be an e-mail address' },
        { field: 'name', value: ' ', allowed: 'must be 1 to 200 characters on one line' },
        { field: 'outlet', value: 'A\nB', allowed: 'must be 1 to 200 characters on one line' },
        { field: 'locale', value: 'xx', allowed: 'must be one of en, de, fr, es, zh, ar' },
        {
          field: 'groups',
          value: 'press',
          allowed:
            'must be one of eu-auto-press, china-auto-press, mena-auto-press, latam-auto-press, business-press, lifestyle-press',
        },
      ],
    });
    expect(checkJournalist({ ...alice, groups: [] })).toMatchObject({ ok: false, problems: [{ field: 'groups' }] });
    const { db } = tempDb();
    expect(() => addJournalist(db, { ...alice, locale: 'xx' }, now)).toThrow(EarlyAccessInputError);
    expect(listJournalists(db)).toEqual([]);
  });

  it('lists by group and finds the distinct members of several groups', () => {
    const { db } = tempDb();
    addJournalist(db, { ...alice, groups: ['eu-auto-press', 'business-press'] }, now);
    addJournalist(db, { ...alice, email: 'bo@example.com', name: 'Bo', groups: ['china-auto-press'] }, now);
    addJournalist(db, { ...alice, email: 'cy@example.com', name: 'Cy', groups: ['lifestyle-press'] }, now);
    expect(listJournalists(db, { group: 'business-press' }).map((j) => j.email)).toEqual(['alice.doe@example.com']);
    expect(groupMembers(db, ['eu-auto-press', 'business-press', 'china-auto-press']).map((j) => j.email)).toEqual([
      'alice.doe@example.com',
      'bo@example.com',
    ]);
    expect(groupMembers(db, [])).toEqual([]);
    expect(groupCounts(db)).toEqual([
      { group: 'eu-auto-press', members: 1 },
      { group: 'china-auto-press', members: 1 },
      { group: 'mena-auto-press', members: 0 },
      { group: 'latam-auto-press', members: 0 },
      { group: 'business-press', members: 1 },
      { group: 'lifestyle-press', members: 1 },
    ]);
  });

  it('takes a person out of some or all groups, keeping the person and their log', () => {
    const { db } = tempDb();
    const { journalist } = addJournalist(db, { ...alice, groups: ['eu-auto-press', 'business-press'] }, now);
    queueGrant(db, { journalistId: journalist.id, slug: 'smart-5', locale: 'de', messageId: '<m@x>' }, now);
    const grant = db.prepare<[], { id: string }>('SELECT id FROM access_grants').get();
    logAccess(db, { grantId: grant?.id ?? '', action: 'open', client: '192.0.2.1 Firefox' }, now);
    expect(removeFromGroups(db, alice.email, ['business-press', 'lifestyle-press'])).toEqual(['business-press']);
    expect(findJournalist(db, alice.email)?.groups).toEqual(['eu-auto-press']);
    expect(removeFromGroups(db, alice.email)).toEqual(['eu-auto-press']);
    expect(findJournalist(db, alice.email)?.groups).toEqual([]);
    expect(exportJournalist(db, alice.email)?.log).toHaveLength(1);
    expect(removeFromGroups(db, 'nobody@example.com')).toBeUndefined();
  });

  it('keeps the early-access record when the linked alert subscriber row goes by other means', () => {
    const { db } = tempDb();
    const { subscriber } = requestSubscription(
      db,
      { email: 'alice.doe@example.com', locale: 'de', languages: ['de'], topics: 'all', consentText: 'Ja.' },
      now,
    );
    addJournalist(db, { ...alice, subscriberId: subscriber.id }, now);
    // Re-adding without the link keeps it.
    expect(addJournalist(db, alice, later).journalist.subscriberId).toBe(subscriber.id);
    db.prepare('DELETE FROM subscribers WHERE id = ?').run(subscriber.id);
    expect(findJournalist(db, alice.email)?.subscriberId).toBeUndefined();
  });
});
