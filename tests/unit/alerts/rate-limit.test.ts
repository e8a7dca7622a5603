import { describe, expect, it } from 'vitest';
import { openAlertsDb } from '@/lib/alerts/db';
import { consumeRateLimits, limits, rateKey, type RateLimit } from '@/lib/alerts/rate-limit';
import { tempDb } from '@/tests/support/alerts-db';

const now = new Date('2026-03-01T12:00:00Z');

describe('alert rate limits', () => {
  const secret = 'x'.repeat(40);
  const checks = (email: string, ip: string): RateLimit[] => [
    { name: 'address', key: rateKey(secret, 'address', email), ...limits.address },
    { name: 'client', key: rateKey(secret, 'client', ip), ...limits.client },
  ];

  it('stop a fourth request for one address within the hour, across restarts, and forget after the window', () => {
    const { db, file } = tempDb();
    for (let i = 0; i < limits.address.max; i++)
      expect(consumeRateLimits(db, checks('a@example.com', '192.0.2.1'), now)).toBeUndefined();
    db.close();
    const reopened = openAlertsDb(file);
    expect(consumeRateLimits(reopened, checks('a@example.com', '192.0.2.2'), now)?.name).toBe('address');
    expect(consumeRateLimits(reopened, checks('b@example.com', '192.0.2.1'), now)).toBeUndefined();
    expect(
      consumeRateLimits(
        reopened,
        checks('a@example.com', '192.0.2.1'),
        new Date(now.getTime() + limits.address.windowMs + 1),
      ),
    ).toBeUndefined();
  });

  it('stop one network after its limit, whatever the addresses', () => {
    const { db } = tempDb();
    for (let i = 0; i < limits.client.max; i++)
      expect(consumeRateLimits(db, checks(`n${i}@example.com`, '198.51.100.7'), now)).toBeUndefined();
    expect(consumeRateLimits(db, checks('new@example.com', '198.51.100.7'), now)?.name).toBe('client');
    expect(consumeRateLimits(db, checks('new@example.com', '198.51.100.8'), now)).toBeUndefined();
  });

  it('store no address in clear', () => {
    const { db } = tempDb();
    consumeRateLimits(db, checks('secret.person@example.com', '203.0.113.9'), now);
    const keys = db
      .prepare<[], { key: string }>('SELECT key FROM rate_events')
      .all()
      .map((r) => r.key)
      .join(' ');
    expect(keys).not.toContain('secret.person');
    expect(keys).not.toContain('203.0.113.9');
  });
});
