import { expect, it } from 'vitest';
import { accessLog, findGrant, grantsOf, logAccess, queueGrant, revokeGrants } from '@/lib/early-access/grants';
import { addJournalist, removeFromGroups } from '@/lib/early-access/store';
import { describeEachEngine, freshDb, type Engine } from '@/tests/support/storage';

const now = new Date('2026-11-20T10:00:00Z');
const later = new Date('2026-11-21T10:00:00Z');

async function twoPeople(engine: Engine) {
  const { db } = await freshDb(engine);
  const alice = (
    await addJournalist(
      db,
      { email: 'alice@example.com', name: 'Alice Doe', outlet: 'Auto Weekly', locale: 'de', groups: ['eu-auto-press'] },
      now,
    )
  ).journalist;
  const bo = (
    await addJournalist(
      db,
      { email: 'bo@example.com', name: 'Bo Li', outlet: 'Che Bao', locale: 'zh', groups: ['china-auto-press'] },
      now,
    )
  ).journalist;
  const grant = (journalistId: string, slug: string) =>
    queueGrant(db, { journalistId, slug, locale: 'en', messageId: `<${journalistId}.${slug}@x>` }, now);
  const idOf = async (journalistId: string, slug: string) =>
    (
      await db
        .selectFrom('access_grants')
        .select('id')
        .where('journalist_id', '=', journalistId)
        .where('release_slug', '=', slug)
        .executeTakeFirst()
    )?.id ?? '';
  return { db, alice, bo, grant, idOf };
}

describeEachEngine('early-access grants and log', (engine) => {
  it('queue one grant per person and release, ever, with an unguessable id', async () => {
    const { db, alice, bo, grant, idOf } = await twoPeople(engine);
    expect(await grant(alice.id, 'smart-5')).toBe(true);
    expect(await grant(alice.id, 'smart-5')).toBe(false);
    expect(await grant(bo.id, 'smart-5')).toBe(true);
    expect(await grant(alice.id, 'smart-1')).toBe(true);
    const id = await idOf(alice.id, 'smart-5');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(await findGrant(db, id)).toEqual({
      id,
      journalistId: alice.id,
      slug: 'smart-5',
      locale: 'en',
      status: 'pending',
      messageId: `<${alice.id}.smart-5@x>`,
      attempts: 0,
      queuedAt: now.toISOString(),
      attemptedAt: undefined,
      sentAt: undefined,
      error: undefined,
      revokedAt: undefined,
      journalist: alice,
    });
    expect(await findGrant(db, 'f'.repeat(32))).toBeUndefined();
    expect((await grantsOf(db, 'smart-5')).map((g) => [g.journalist.email, g.journalist.locale])).toEqual([
      ['alice@example.com', 'de'],
      ['bo@example.com', 'zh'],
    ]);
  });

  it('revoke one release or all of a person, keeping the first revocation time', async () => {
    const { db, alice, bo, grant, idOf } = await twoPeople(engine);
    await grant(alice.id, 'smart-5');
    await grant(alice.id, 'smart-1');
    await grant(bo.id, 'smart-5');
    expect(await revokeGrants(db, 'ALICE@example.com', now, 'smart-5')).toBe(1);
    expect(await revokeGrants(db, 'alice@example.com', later, 'smart-5')).toBe(0);
    expect((await findGrant(db, await idOf(alice.id, 'smart-5')))?.revokedAt).toBe(now.toISOString());
    expect((await findGrant(db, await idOf(alice.id, 'smart-1')))?.revokedAt).toBeUndefined();
    expect(await revokeGrants(db, 'alice@example.com', later)).toBe(1);
    expect((await findGrant(db, await idOf(alice.id, 'smart-1')))?.revokedAt).toBe(later.toISOString());
    expect((await findGrant(db, await idOf(bo.id, 'smart-5')))?.revokedAt).toBeUndefined();
    expect(await revokeGrants(db, 'nobody@example.com', later)).toBe(0);
  });

  it('log openings and downloads with who, what, when and client, oldest first, per release', async () => {
    const { db, alice, bo, grant, idOf } = await twoPeople(engine);
    await grant(alice.id, 'smart-5');
    await grant(bo.id, 'smart-5');
    await grant(bo.id, 'smart-1');
    const client = '203.0.113.9 Mozilla/5.0';
    expect(await logAccess(db, { grantId: await idOf(bo.id, 'smart-5'), action: 'open', client }, later)).toBe(true);
    expect(
      await logAccess(
        db,
        { grantId: await idOf(alice.id, 'smart-5'), action: 'download', file: 'press-kit.zip', client },
        now,
      ),
    ).toBe(true);
    await logAccess(db, { grantId: await idOf(bo.id, 'smart-1'), action: 'open', client }, now);
    expect(await logAccess(db, { grantId: 'f'.repeat(32), action: 'open', client }, now)).toBe(false);
    await logAccess(db, { grantId: await idOf(bo.id, 'smart-5'), action: 'open', client: 'x'.repeat(1000) }, later);
    expect(await accessLog(db, 'smart-5')).toEqual([
      {
        at: now.toISOString(),
        action: 'download',
        file: 'press-kit.zip',
        client,
        email: 'alice@example.com',
        name: 'Alice Doe',
        outlet: 'Auto Weekly',
      },
      {
        at: later.toISOString(),
        action: 'open',
        file: undefined,
        client,
        email: 'bo@example.com',
        name: 'Bo Li',
        outlet: 'Che Bao',
      },
      {
        at: later.toISOString(),
        action: 'open',
        file: undefined,
        client: 'x'.repeat(300),
        email: 'bo@example.com',
        name: 'Bo Li',
        outlet: 'Che Bao',
      },
    ]);
    expect(await accessLog(db, 'smart-3')).toEqual([]);
  });

  it('keep grants and log when a person leaves their groups (membership is checked at each request)', async () => {
    const { db, alice, grant, idOf } = await twoPeople(engine);
    await grant(alice.id, 'smart-5');
    await logAccess(db, { grantId: await idOf(alice.id, 'smart-5'), action: 'open', client: 'c' }, now);
    await removeFromGroups(db, 'alice@example.com');
    expect((await findGrant(db, await idOf(alice.id, 'smart-5')))?.journalist.groups).toEqual([]);
    expect(await accessLog(db, 'smart-5')).toHaveLength(1);
  });
});
