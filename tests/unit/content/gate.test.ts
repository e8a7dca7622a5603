import { describe, expect, it } from 'vitest';
import { isPublic } from '@/lib/content/gate';

describe('isPublic', () => {
  it('keeps drafts out and lets a release in from its publishedAt instant on', () => {
    const embargoed = { draft: false, publishedAt: '2025-07-01T10:00:00+02:00' };
    expect(isPublic(embargoed, new Date('2025-07-01T07:59:59Z'))).toBe(false);
    expect(isPublic(embargoed, new Date('2025-07-01T08:00:00Z'))).toBe(true);
    expect(isPublic({ draft: true, publishedAt: '2020-01-01T00:00:00Z' }, new Date('2025-06-15T00:00:00Z'))).toBe(false);
  });
});
