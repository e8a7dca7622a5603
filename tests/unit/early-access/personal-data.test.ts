import { expect, it } from 'vitest';
import { logAccess, queueGrant } from '@/lib/early-access/grants';
import { deleteJournalist, exportJournalist } from '@/lib/early-access/personal-data';
import { addJournalist } from '@/lib/early-access/store';
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

describeEachEngine('early-access personal data', (engine) => {
  it('exports everything stored about a person and erases all of it', async () => {
    const { db } = await freshDb(engine);
    const { journalist } = await addJournalist(db, alice, now);
    await queueGrant(db, { journalistId: journalist.id, slug: 'smart-5', locale: 'de', messageId: '<m@x>' }, now);
    const grant = await db.selectFrom('access_grants').select('id').executeTakeFirst();
    await logAccess(
      db,
      { grantId: grant?.id ?? '', action: 'download', file: 'front.jpg', client: '192.0.2.1' },
      later,
    );
    expect(await exportJournalist(db, alice.email)).toEqual({
      email: 'alice.doe@example.com',
      name: 'Alice Doe',
      outlet: 'Auto Weekly',
      language: 'de',
      linkedAlertSubscription: false,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      groups: [{ group: 'eu-auto-press', addedAt: now.toISOString() }],
      grants: [
        {
          release: 'smart-5',
          language: 'de',
          status: 'pending',
          queuedAt: now.toISOString(),
          sentAt: null,
          revokedAt: null,
        },
      ],
      log: [
        { release: 'smart-5', action: 'download', file: 'front.jpg', client: '192.0.2.1', at: later.toISOString() },
      ],
    });
    expect(await deleteJournalist(db, 'ALICE.doe@example.com')).toEqual({ groups: 1, grants: 1, log: 1 });
    for (const table of ['journalists', 'journalist_groups', 'access_grants', 'access_log'] as const)
      expect(await db.selectFrom(table).selectAll().execute()).toEqual([]);
    expect(await exportJournalist(db, alice.email)).toBeUndefined();
    expect(await deleteJournalist(db, alice.email)).toBeUndefined();
  });
});
