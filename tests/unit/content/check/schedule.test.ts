import { describe, expect, it } from 'vitest';
import { releaseSchedule, scheduledReleases } from '@/lib/content/check/schedule';
import { scanContent } from '@/lib/content/check/validate';
import { fixtureRoot, scanAfter, withEarlyAccess } from '@/tests/support/content-fixture';

describe('scheduled releases for editors', () => {
  it('lists only future releases, in their own zone and in UTC', () => {
    const { sources } = scanContent(fixtureRoot);
    expect(scheduledReleases(sources, new Date('2025-07-15T01:59:00Z'))).toEqual([
      expect.objectContaining({
        file: 'content/releases/2025-07-15-sample/index.en.md',
        local: '15 July 2025 at 10:00 China Standard Time (Asia/Shanghai)',
        utc: '15 July 2025 at 02:00 UTC',
      }),
    ]);
    expect(scheduledReleases(sources, new Date('2025-07-15T02:00:00Z'))).toEqual([]);
    expect(releaseSchedule(sources)[0]).not.toHaveProperty('earlyAccess');
  });

  it('says when early access opens, in the same two clocks, and for which groups', () => {
    const { sources } = scanAfter((root) => withEarlyAccess(root, '2025-07-14T10:00:00+08:00'));
    expect(releaseSchedule(sources, new Date('2025-07-01T00:00:00Z'))).toEqual([
      expect.objectContaining({
        status: 'embargoed',
        earlyAccess: {
          local: '14 July 2025 at 10:00 China Standard Time (Asia/Shanghai)',
          utc: '14 July 2025 at 02:00 UTC',
          groups: ['china-auto-press', 'business-press'],
        },
      }),
    ]);
  });
});
