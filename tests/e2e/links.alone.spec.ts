import path from 'node:path';
import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import { parseReleases } from '../../lib/content/check/editorial';
import { linkFacts, sitePathProblem } from '../../lib/content/check/link-facts';
import { scanContent } from '../../lib/content/check/validate';
import { locales } from '../support/site';

/**
 * A link check of the whole built site: linkinator crawls from every locale home over the running server and
 * follows every internal link, image, stylesheet, script and the fonts and images that CSS names. External links
 * are skipped (no network here, and their health is not ours); nothing internal may be broken. Then every internal
 * URL the site links to or lists (the crawl, every sitemap and every feed) is fed to the content check's link rule,
 * which reads the content files and the same route map (lib/routing): a comms person may link to anything the site
 * itself links to.
 */
test('no internal link or asset of the site is broken, and the content check accepts every one', async ({
  baseURL,
  request,
}) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? '').origin;
  const checker = new LinkChecker();
  const result = await checker.check({
    path: locales.map((locale) => `${origin}/${locale}`),
    recurse: true,
    concurrency: 4,
    timeout: 60_000,
    checkCss: true,
    linksToSkip: async (link) => !link.startsWith(`${origin}/`) && link !== origin,
  });
  const checked = result.links.filter((link) => link.state !== 'SKIPPED');
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.status ?? 'no response'} ${link.url} (on ${link.parent ?? '?'})`);
  expect(broken).toEqual([]);
  // The crawl really walked the site: pages, releases and assets of every locale.
  expect(checked.length).toBeGreaterThan(300);
  for (const locale of locales)
    expect(
      checked.some((link) => link.url.startsWith(`${origin}/${locale}/releases/`)),
      locale,
    ).toBe(true);
  expect(checked.some((link) => link.url.includes('/_next/static/'))).toBe(true);

  // What the sitemaps and feeds list: <loc>, <link href>, RSS <link> and JSON Feed "url" values of this origin.
  const listed = new Set<string>();
  const lists = checked
    .map((link) => link.url)
    .filter((url) =>
      /\/(sitemap|news-sitemap)\.xml$|\/sitemaps\/\d+\.xml$|\/feeds\/[\w-]+\.(rss|atom|json)$/.test(url),
    );
  lists.push(`${origin}/sitemap.xml`, `${origin}/news-sitemap.xml`);
  for (const url of new Set(lists)) {
    const text = await (await request.get(url)).text();
    // Up to a quote, angle bracket, space or backslash (HTML inside JSON Feed strings escapes its quotes).
    const found = text.match(new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^"'<>\\s\\\\]*`, 'g')) ?? [];
    for (const address of found) listed.add(address.replace(/&amp;/g, '&'));
  }
  expect(lists.filter((url) => url.includes('/feeds/')).length).toBeGreaterThanOrEqual(locales.length * 3);

  const root = path.resolve('content');
  const scan = scanContent(root);
  const releases = parseReleases(scan);
  const facts = linkFacts(scan, root, releases);
  const urls = [...new Set([...checked.map((link) => link.url), ...listed])].filter(
    (url) => url.startsWith(`${origin}/`) || url === origin,
  );
  const refused = urls
    .map((url) => url.slice(origin.length) || '/')
    .flatMap((url) => {
      const problem = sitePathProblem(facts, url);
      return problem ? [`${url}: ${problem}`] : [];
    });
  expect(refused).toEqual([]);
  expect(urls.length).toBeGreaterThan(checked.length / 2);

  // And what does not exist is refused by both: the server with a 404, the check with an error.
  for (const url of [
    '/en/releases/no-such-release',
    '/fr/media/page/99',
    '/en/press-kits/no-such-release.zip',
    '/en/contacts/nobody.vcf',
  ]) {
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
    expect(sitePathProblem(facts, url), url).toMatch(/does not exist/);
  }
});
