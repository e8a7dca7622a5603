import { describe, expect, it } from 'vitest';
import { scheduledReleases } from '@/lib/content/check/schedule';
import { scanContent } from '@/lib/content/check/validate';
import { fixtureRoot } from '@/tests/support/content-fixture';

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
  });
});
