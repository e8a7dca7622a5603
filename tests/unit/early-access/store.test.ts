import { expect, it } from 'vitest';
import { requestSubscription } from '@/lib/alerts/subscriptions';
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
import { describeEachEngine, freshDb } from '@/tests/support/storage';

const now = new Date('2026-11-20T10:00:00Z');
const later = new Date('2026-11-21T10:00:00Z');
const alice = {
  email: 'Alice.Doe@Example.com',
  name: 'Alice Doe',
  outlet: 'Auto Weekly',
  locale: 'de',
  groups: ['eu-auto-press'],
};

describeEachEngine('early-access store', (engine) => {
  it('adds a person by lower-cased address, then updates them and adds groups without duplicating', async () => {
    const { db } = await freshDb(engine);
    const first = await addJournalist(db, alice, now);
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
    const second = await addJournalist(
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
    expect(await listJournalists(db)).toHaveLength(1);
    expect((await findJournalist(db, first.journalist.id))?.email).toBe('alice.doe@example.com');
    expect((await findJournalist(db, 'ALICE.DOE@example.com'))?.outlet).toBe('Motor Daily');
  });

  it('refuses a bad address, language, group or name, naming each with its value and what is allowed', async () => {
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
    const { db } = await freshDb(engine);
    await expect(addJournalist(db, { ...alice, locale: 'xx' }, now)).rejects.toThrow(EarlyAccessInputError);
    expect(await listJournalists(db)).toEqual([]);
  });

  it('lists by group and finds the distinct members of several groups', async () => {
    const { db } = await freshDb(engine);
    await addJournalist(db, { ...alice, groups: ['eu-auto-press', 'business-press'] }, now);
    await addJournalist(db, { ...alice, email: 'bo@example.com', name: 'Bo', groups: ['china-auto-press'] }, now);
    await addJournalist(db, { ...alice, email: 'cy@example.com', name: 'Cy', groups: ['lifestyle-press'] }, now);
    expect((await listJournalists(db, { group: 'business-press' })).map((j) => j.email)).toEqual([
      'alice.doe@example.com',
    ]);
    expect(
      (await groupMembers(db, ['eu-auto-press', 'business-press', 'china-auto-press'])).map((j) => j.email),
    ).toEqual(['alice.doe@example.com', 'bo@example.com']);
    expect(await groupMembers(db, [])).toEqual([]);
    expect(await groupCounts(db)).toEqual([
      { group: 'eu-auto-press', members: 1 },
      { group: 'china-auto-press', members: 1 },
      { group: 'mena-auto-press', members: 0 },
      { group: 'latam-auto-press', members: 0 },
      { group: 'business-press', members: 1 },
      { group: 'lifestyle-press', members: 1 },
    ]);
  });

  it('takes a person out of some or all groups, keeping the person and their log', async () => {
    const { db } = await freshDb(engine);
    const { journalist } = await addJournalist(db, { ...alice, groups: ['eu-auto-press', 'business-press'] }, now);
    await queueGrant(db, { journalistId: journalist.id, slug: 'smart-5', locale: 'de', messageId: '<m@x>' }, now);
    const grant = await db.selectFrom('access_grants').select('id').executeTakeFirst();
    await logAccess(db, { grantId: grant?.id ?? '', action: 'open', client: '192.0.2.1 Firefox' }, now);
    expect(await removeFromGroups(db, alice.email, ['business-press', 'lifestyle-press'])).toEqual(['business-press']);
    expect((await findJournalist(db, alice.email))?.groups).toEqual(['eu-auto-press']);
    expect(await removeFromGroups(db, alice.email)).toEqual(['eu-auto-press']);
    expect((await findJournalist(db, alice.email))?.groups).toEqual([]);
    expect((await exportJournalist(db, alice.email))?.log).toHaveLength(1);
    expect(await removeFromGroups(db, 'nobody@example.com')).toBeUndefined();
  });

  it('keeps the early-access record when the linked alert subscriber row goes by other means', async () => {
    const { db } = await freshDb(engine);
    const { subscriber } = await requestSubscription(
      db,
      { email: 'alice.doe@example.com', locale: 'de', languages: ['de'], topics: 'all', consentText: 'Ja.' },
      now,
    );
    await addJournalist(db, { ...alice, subscriberId: subscriber.id }, now);
    // Re-adding without the link keeps it.
    expect((await addJournalist(db, alice, later)).journalist.subscriberId).toBe(subscriber.id);
    await db.deleteFrom('subscribers').where('id', '=', subscriber.id).execute();
    expect((await findJournalist(db, alice.email))?.subscriberId).toBeUndefined();
  });
});
