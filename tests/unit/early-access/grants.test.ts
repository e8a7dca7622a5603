import { describe, expect, it } from 'vitest';
import { accessLog, findGrant, grantsOf, logAccess, queueGrant, revokeGrants } from '@/lib/early-access/grants';
import { addJournalist, removeFromGroups } from '@/lib/early-access/store';
import { tempDb } from '@/tests/support/alerts-db';

const now = new Date('2026-11-20T10:00:00Z');
const later = new Date('2026-11-21T10:00:00Z');

function twoPeople() {
  const { db } = tempDb();
  const alice = addJournalist(
    db,
    { email: 'alice@example.com', name: 'Alice Doe', outlet: 'Auto Weekly', locale: 'de', groups: ['eu-auto-press'] },
    now,
  ).journalist;
  const bo = addJournalist(
    db,
    { email: 'bo@example.com', name: 'Bo Li', outlet: 'Che Bao', locale: 'zh', groups: ['china-auto-press'] },
    now,
  ).journalist;
  const grant = (journalistId: string, slug: string) =>
    queueGrant(db, { journalistId, slug, locale: 'en', messageId: `<${journalistId}.${slug}@x>` }, now);
  const idOf = (journalistId: string, slug: string) =>
    db
      .prepare<[string, string], { id: string }>(
        'SELECT id FROM access_grants WHERE journalist_id = ? AND release_slug = ?',
      )
      .get(journalistId, slug)?.id ?? '';
  return { db, alice, bo, grant, idOf };
}

describe('early-access grants and log', () => {
  it('queue one grant per person and release, ever, with an unguessable id', () => {
    const { db, alice, bo, grant, idOf } = twoPeople();
    expect(grant(alice.id, 'smart-5')).toBe(true);
    expect(grant(alice.id, 'smart-5')).toBe(false);
    expect(grant(bo.id, 'smart-5')).toBe(true);
    expect(grant(alice.id, 'smart-1')).toBe(true);
    const id = idOf(alice.id, 'smart-5');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(findGrant(db, id)).toEqual({
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
    expect(findGrant(db, 'f'.repeat(32))).toBeUndefined();
    expect(grantsOf(db, 'smart-5').map((g) => [g.journalist.email, g.journalist.locale])).toEqual([
      ['alice@example.com', 'de'],
      ['bo@example.com', 'zh'],
    ]);
  });

  it('revoke one release or all of a person, keeping the first revocation time', () => {
    const { db, alice, bo, grant, idOf } = twoPeople();
    grant(alice.id, 'smart-5');
    grant(alice.id, 'smart-1');
    grant(bo.id, 'smart-5');
    expect(revokeGrants(db, 'ALICE@example.com', now, 'smart-5')).toBe(1);
    expect(revokeGrants(db, 'alice@example.com', later, 'smart-5')).toBe(0);
    expect(findGrant(db, idOf(alice.id, 'smart-5'))?.revokedAt).toBe(now.toISOString());
    expect(findGrant(db, idOf(alice.id, 'smart-1'))?.revokedAt).toBeUndefined();
    expect(revokeGrants(db, 'alice@example.com', later)).toBe(1);
    expect(findGrant(db, idOf(alice.id, 'smart-1'))?.revokedAt).toBe(later.toISOString());
    expect(findGrant(db, idOf(bo.id, 'smart-5'))?.revokedAt).toBeUndefined();
    expect(revokeGrants(db, 'nobody@example.com', later)).toBe(0);
  });

  it('log openings and downloads with who, what, when and client, oldest first, per release', () => {
    const { db, alice, bo, grant, idOf } = twoPeople();
    grant(alice.id, 'smart-5');
    grant(bo.id, 'smart-5');
    grant(bo.id, 'smart-1');
    const client = '203.0.113.9 Mozilla/5.0';
    expect(logAccess(db, { grantId: idOf(bo.id, 'smart-5'), action: 'open', client }, later)).toBe(true);
    expect(
      logAccess(db, { grantId: idOf(alice.id, 'smart-5'), action: 'download', file: 'press-kit.zip', client }, now),
    ).toBe(true);
    logAccess(db, { grantId: idOf(bo.id, 'smart-1'), action: 'open', client }, now);
    expect(logAccess(db, { grantId: 'f'.repeat(32), action: 'open', client }, now)).toBe(false);
    logAccess(db, { grantId: idOf(bo.id, 'smart-5'), action: 'open', client: 'x'.repeat(1000) }, later);
    expect(accessLog(db, 'smart-5')).toEqual([
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
    expect(accessLog(db, 'smart-3')).toEqual([]);
  });

  it('keep grants and log when a person leaves their groups (membership is checked at each request)', () => {
    const { db, alice, grant, idOf } = twoPeople();
    grant(alice.id, 'smart-5');
    logAccess(db, { grantId: idOf(alice.id, 'smart-5'), action: 'open', client: 'c' }, now);
    removeFromGroups(db, 'alice@example.com');
    expect(findGrant(db, idOf(alice.id, 'smart-5'))?.journalist.groups).toEqual([]);
    expect(accessLog(db, 'smart-5')).toHaveLength(1);
  });
});
