import { describe, expect, it } from 'vitest';
import { laterPageParams, newestToPrerender, prerenderLimits } from '@/lib/routing/prerender';

describe('what the build prerenders', () => {
  it('renders the later pages of a listing up to the limit, never page 1 (it has its own URL)', () => {
    expect(laterPageParams(1)).toEqual([]);
    expect(laterPageParams(2)).toEqual([{ page: '2' }]);
    expect(laterPageParams(500).map(({ page }) => page)).toEqual(
      Array.from({ length: prerenderLimits.listingPages - 1 }, (_, i) => String(i + 2)),
    );
  });

  it('renders the newest releases of a locale, however many there are', () => {
    const releases = Array.from({ length: 5000 }, (_, i) => `release-${i}`);
    expect(newestToPrerender(releases)).toEqual(releases.slice(0, prerenderLimits.releasesPerLocale));
    expect(newestToPrerender(releases.slice(0, 3))).toEqual(releases.slice(0, 3));
  });
});
