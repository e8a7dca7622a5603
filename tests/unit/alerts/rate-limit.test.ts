import { expect, it } from 'vitest';
import { consumeRateLimits, limits, rateKey, type RateLimit } from '@/lib/alerts/rate-limit';
import { describeEachEngine, freshDb } from '@/tests/support/storage';

const now = new Date('2026-03-01T12:00:00Z');

describeEachEngine('alert rate limits', (engine) => {
  const secret = 'x'.repeat(40);
  const checks = (email: string, ip: string): RateLimit[] => [
    { name: 'address', key: rateKey(secret, 'address', email), ...limits.address },
    { name: 'client', key: rateKey(secret, 'client', ip), ...limits.client },
  ];

  it('stop a fourth request for one address within the hour, across restarts, and forget after the window', async () => {
    const { db, open, close } = await freshDb(engine);
    for (let i = 0; i < limits.address.max; i++)
      expect(await consumeRateLimits(db, checks('a@example.com', '192.0.2.1'), now)).toBeUndefined();
    await close(db);
    const reopened = await open();
    expect((await consumeRateLimits(reopened, checks('a@example.com', '192.0.2.2'), now))?.name).toBe('address');
    expect(await consumeRateLimits(reopened, checks('b@example.com', '192.0.2.1'), now)).toBeUndefined();
    expect(
      await consumeRateLimits(
        reopened,
        checks('a@example.com', '192.0.2.1'),
        new Date(now.getTime() + limits.address.windowMs + 1),
      ),
    ).toBeUndefined();
  });

  it('stop one network after its limit, whatever the addresses', async () => {
    const { db } = await freshDb(engine);
    for (let i = 0; i < limits.client.max; i++)
      expect(await consumeRateLimits(db, checks(`n${i}@example.com`, '198.51.100.7'), now)).toBeUndefined();
    expect((await consumeRateLimits(db, checks('new@example.com', '198.51.100.7'), now))?.name).toBe('client');
    expect(await consumeRateLimits(db, checks('new@example.com', '198.51.100.8'), now)).toBeUndefined();
  });

  it('store no address in clear', async () => {
    const { db } = await freshDb(engine);
    await consumeRateLimits(db, checks('secret.person@example.com', '203.0.113.9'), now);
    const keys = (await db.selectFrom('rate_events').select('key').execute()).map((r) => r.key).join(' ');
    expect(keys).not.toContain('secret.person');
    expect(keys).not.toContain('203.0.113.9');
  });
});
