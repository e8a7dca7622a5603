import { expect, it } from 'vitest';
import { createEarlyAccess } from '@/lib/content/early';
import { findGrant, grantOf, revokeGrants } from '@/lib/early-access/grants';
import { visit } from '@/lib/early-access/gate';
import { runEarlyAccessBatch } from '@/lib/early-access/sender';
import { addJournalist, removeFromGroups } from '@/lib/early-access/store';
import { accessToken } from '@/lib/early-access/tokens';
import type { Db } from '@/lib/storage/db';
import { recordingMailer } from '@/tests/support/alerts-db';
import { fixtureData, fixtureRelease } from '@/tests/support/release-data';
import { describeEachEngine, freshDb } from '@/tests/support/storage';

const secretKey = 'k'.repeat(43);
const access = { groups: ['eu-auto-press' as const], from: '2026-06-28T08:00:00Z' };
const data = fixtureData([
  fixtureRelease('launch', 'en', '2026-07-01T10:00:00Z', {
    title: 'The launch',
    timeZone: 'Europe/Berlin',
    earlyAccess: access,
  }),
  fixtureRelease('launch', 'de', '2026-07-01T10:00:00Z', {
    title: 'Der Start',
    timeZone: 'Europe/Berlin',
    earlyAccess: access,
  }),
]);
const during = new Date('2026-06-29T12:00:00Z');
const lift = new Date('2026-07-01T10:00:00Z');
const earlyAt = (now: Date) =>
  createEarlyAccess(
    () => data,
    () => now,
  );

async function people(db: Db) {
  const add = async (email: string, name: string, locale: string, groups: string[]) =>
    (await addJournalist(db, { email, name, outlet: `${name}'s outlet`, locale, groups }, during)).journalist;
  return {
    alice: await add('alice@example.com', 'Alice Doe', 'de', ['eu-auto-press']),
    bo: await add('bo@example.com', 'Bo Li', 'zh', ['eu-auto-press', 'china-auto-press']),
    carla: await add('carla@example.com', 'Carla Ruiz', 'es', ['latam-auto-press']),
  };
}

const batch = (db: Db, now: Date, mailer = recordingMailer()) => ({
  mailer,
  run: () =>
    runEarlyAccessBatch({
      db,
      mailer: mailer.mailer,
      early: earlyAt(now),
      secret: secretKey,
      siteUrl: 'https://newsroom.example',
      from: 'smart Newsroom <press@example.com>',
      messageDomain: 'example.com',
      now: () => now,
    }),
});

describeEachEngine('early-access e-mails', (engine) => {
  it('send each member of the groups one personal link in their language, and a second run sends nothing', async () => {
    const { db } = await freshDb(engine);
    await people(db);
    const first = batch(db, during);
    expect(await first.run()).toMatchObject({ queued: 2, sent: 2, failed: 0, unknown: 0 });
    const [toAlice, toBo] = [...first.mailer.sent].sort((a, b) => a.to.localeCompare(b.to));
    expect(toAlice?.to).toBe('alice@example.com');
    // German is written: Alice gets it in German; Bo reads Chinese, which is not written: English.
    expect(toAlice?.subject).toMatch(/^Sperrfrist bis 1\. Juli 2026\D+12:00 MESZ: Der Start$/);
    expect(toBo?.subject).toMatch(/^Embargoed until 1 July 2026.*: The launch$/);
    expect(toAlice?.text).toContain('Guten Tag Alice Doe,');
    const link = /https:\/\/newsroom\.example\/de\/early\/([0-9a-f]{32}\.[A-Za-z0-9_-]{43})/.exec(toAlice?.text ?? '');
    expect(link).not.toBeNull();
    expect(toBo?.text).toMatch(/https:\/\/newsroom\.example\/en\/early\//);

    const again = batch(db, during);
    expect(await again.run()).toMatchObject({ queued: 0, sent: 0 });
    expect(again.mailer.sent).toEqual([]);
  });

  it('never send a link revoked before it went out, nor after the lift, nor to someone who left the groups', async () => {
    const { db } = await freshDb(engine);
    const { alice } = await people(db);
    // Queue without sending: a mailer that fails for certain leaves the rows to retry.
    const refusing = recordingMailer({
      kind: 'outbox',
      before: () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    });
    await batch(db, during, refusing).run();
    await revokeGrants(db, 'alice@example.com', during);
    await removeFromGroups(db, 'bo@example.com', ['eu-auto-press']);
    await db
      .updateTable('access_grants')
      .set({ status: 'pending', claimed_by: null, claim_expires_at: null })
      .execute();
    const retry = batch(db, during);
    expect(await retry.run()).toMatchObject({ sent: 0, dropped: 2 });
    expect(retry.mailer.sent).toEqual([]);
    const statuses = await db.selectFrom('access_grants').select(['journalist_id', 'status']).execute();
    // Alice's row stays, cancelled, so she is never queued again; Bo's is gone until he is in a group again.
    expect(statuses).toEqual([{ journalist_id: alice.id, status: 'cancelled' }]);
    expect((await batch(db, during).run()).queued).toBe(0);

    const { db: other } = await freshDb(engine);
    await people(other);
    expect(await batch(other, lift).run()).toMatchObject({ queued: 0, sent: 0 });
  });
});

describeEachEngine('a personal link', (engine) => {
  async function linked() {
    const { db } = await freshDb(engine);
    const { alice, bo } = await people(db);
    await batch(db, during).run();
    const grantFor = async (id: string) => {
      const grant = await grantOf(db, id, 'launch');
      if (!grant) throw new Error('no grant');
      return grant;
    };
    const check = (token: unknown, now = during) =>
      visit(
        {
          secret: secretKey,
          early: earlyAt(now),
          findGrant: async (id) => {
            const grant = await findGrant(db, id);
            return (
              grant && {
                ...grant,
                name: grant.journalist.name,
                outlet: grant.journalist.outlet,
                groups: grant.journalist.groups,
              }
            );
          },
        },
        token,
      );
    return { db, alice: await grantFor(alice.id), bo: await grantFor(bo.id), check };
  }

  it('opens the release for its person until the lift, then points to the public page', async () => {
    const { alice, check } = await linked();
    const token = accessToken(secretKey, alice);
    expect(await check(token)).toMatchObject({ kind: 'open', grantId: alice.id, reader: { name: 'Alice Doe' } });
    expect(await check(token, lift)).toEqual({ kind: 'lifted', slug: 'launch' });
  });

  it('is nothing when forged, tampered with, moved to another person or release, or revoked', async () => {
    const { db, alice, bo, check } = await linked();
    const token = accessToken(secretKey, alice);
    expect(await check(accessToken('x'.repeat(43), alice))).toEqual({ kind: 'none' });
    expect(await check(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toEqual({ kind: 'none' });
    expect(await check(accessToken(secretKey, { ...alice, journalistId: bo.journalistId }))).toEqual({ kind: 'none' });
    expect(await check(accessToken(secretKey, { ...alice, slug: 'another' }))).toEqual({ kind: 'none' });
    expect(await check(`${bo.id}.${token.split('.')[1]}`)).toEqual({ kind: 'none' });
    expect(await check('nonsense')).toEqual({ kind: 'none' });
    await revokeGrants(db, 'alice@example.com', during, 'launch');
    expect(await check(token)).toEqual({ kind: 'none' });
    // Revoked stays revoked after the lift: the link says nothing, not even where the release went.
    expect(await check(token, lift)).toEqual({ kind: 'none' });
    expect(await check(accessToken(secretKey, bo))).toMatchObject({ kind: 'open' });
  });

  it('stops working when its person leaves the groups the release is open to', async () => {
    const { db, bo, check } = await linked();
    await removeFromGroups(db, 'bo@example.com', ['eu-auto-press']);
    expect(await check(accessToken(secretKey, bo))).toEqual({ kind: 'none' });
  });
});
