import { describe, expect, it } from 'vitest';
import { laterPageParams, newestToPrerender, prerenderLimits } from '@/lib/routing/prerender';

describe('what the build prerenders', () => {
  it('renders the later pages of a listing up to the limit, never page 1 (it has its own URL)', () => {
    expect(laterPageParams(0)).toEqual([]);
    expect(laterPageParams(1)).toEqual([]);
    expect(laterPageParams(2)).toEqual([{ page: '2' }]);
    expect(laterPageParams(3)).toEqual([{ page: '2' }, { page: '3' }]);
    expect(laterPageParams(500)).toEqual([{ page: '2' }, { page: '3' }]);
  });

  it('renders the newest 60 releases of a locale, however many there are', () => {
    // The limits bench/README.md measured the build with.
    expect(prerenderLimits).toEqual({ releasesPerLocale: 60, listingPages: 3 });
    const releases = Array.from({ length: 5000 }, (_, i) => `release-${i}`);
    const newest = newestToPrerender(releases);
    expect(newest).toHaveLength(60);
    expect(newest[0]).toBe('release-0');
    expect(newest.at(-1)).toBe('release-59');
    expect(newestToPrerender(['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(newestToPrerender([])).toEqual([]);
  });
});
