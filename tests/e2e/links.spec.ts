import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import { locales } from './support';

/**
 * A link check of the whole built site: linkinator crawls from every locale home over the running server and
 * follows every internal link, image, stylesheet, script and the fonts and images that CSS names. External links
 * are skipped (no network here, and their health is not ours); nothing internal may be broken.
 */
test('no internal link or asset of the site is broken', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? '').origin;
  const checker = new LinkChecker();
  const result = await checker.check({
    path: locales.map((locale) => `${origin}/${locale}`),
    recurse: true,
    concurrency: 4,
    timeout: 60_000,
    checkCss: true,
    // linkinator 7 reads `url(%23b)` inside the SVG data: URL of next/image's blur placeholder as a relative link;
    // an encoded '#' is never part of a path of this site.
    linksToSkip: async (link) => (!link.startsWith(`${origin}/`) && link !== origin) || link.includes('%23'),
  });
  const checked = result.links.filter((link) => link.state !== 'SKIPPED');
  const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.status ?? 'no response'} ${link.url} (on ${link.parent ?? '?'})`);
  expect(broken).toEqual([]);
  // The crawl really walked the site: pages, releases and assets of every locale.
  expect(checked.length).toBeGreaterThan(300);
  for (const locale of locales) expect(checked.some((link) => link.url.startsWith(`${origin}/${locale}/releases/`)), locale).toBe(true);
  expect(checked.some((link) => link.url.includes('/_next/static/'))).toBe(true);
});
