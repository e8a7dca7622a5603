import { describe, expect, it } from 'vitest';
import { isPublic, usageEnded } from '@/lib/content/gate';

describe('isPublic', () => {
  it('keeps drafts out and lets a release in from its publishedAt instant on', () => {
    const embargoed = { draft: false, publishedAt: '2025-07-01T10:00:00+02:00' };
    expect(isPublic(embargoed, new Date('2025-07-01T07:59:59Z'))).toBe(false);
    expect(isPublic(embargoed, new Date('2025-07-01T08:00:00Z'))).toBe(true);
    expect(isPublic({ draft: true, publishedAt: '2020-01-01T00:00:00Z' }, new Date('2025-06-15T00:00:00Z'))).toBe(false);
  });
});

describe('usageEnded', () => {
  it('lets a picture be used through the whole of its expiry day in the release time zone', () => {
    // 2026-06-30 ends at midnight in Shanghai (UTC+8), 2026-06-30T16:00Z.
    expect(usageEnded('2026-06-30', 'Asia/Shanghai', new Date('2026-06-30T15:59:59Z'))).toBe(false);
    expect(usageEnded('2026-06-30', 'Asia/Shanghai', new Date('2026-06-30T16:00:00Z'))).toBe(true);
    // In Berlin (summer time, UTC+2) the same day lasts until 22:00 UTC.
    expect(usageEnded('2026-06-30', 'Europe/Berlin', new Date('2026-06-30T21:59:59Z'))).toBe(false);
    expect(usageEnded('2026-06-30', 'Europe/Berlin', new Date('2026-06-30T22:00:00Z'))).toBe(true);
    // The last day of a year rolls over into the next.
    expect(usageEnded('2026-12-31', 'UTC', new Date('2026-12-31T23:59:59Z'))).toBe(false);
    expect(usageEnded('2026-12-31', 'UTC', new Date('2027-01-01T00:00:00Z'))).toBe(true);
  });

  it('never ends without an expiry date', () => {
    expect(usageEnded(undefined, 'UTC', new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });
});
