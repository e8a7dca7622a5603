import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { everywhereSlug, expectAccessible } from '../support/site';

/**
 * Security headers on every kind of response, Cache-Control that a CDN or the nginx front can act on, and no
 * request to another origin while a page loads.
 */
const pagesOf = (locale: string) => [
  `/${locale}`,
  `/${locale}/releases`,
  `/${locale}/releases/${everywhereSlug}`,
  `/${locale}/about`,
  `/${locale}/contacts`,
  `/${locale}/basket`,
];

async function mediaAndAsset(request: APIRequestContext) {
  const html = await (await request.get(`/en/releases/${everywhereSlug}`)).text();
  const media = html.match(/\/media\/[a-z0-9-]+\/[^"?&\s/]+\.(?:jpg|jpeg|png|webp)/)?.[0];
  const asset = html.match(/\/_next\/static\/[^"\s]+\.js/)?.[0];
  expect(media, 'a release page names a /media/ file').toBeDefined();
  expect(asset, 'a release page references a /_next/static/ script').toBeDefined();
  return { media: media ?? '', asset: asset ?? '' };
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values]),
  );
  expect(directives.get('script-src'), `${what}: script-src`).toEqual([
    "'self'",
    "'unsafe-inline'",
    "'wasm-unsafe-eval'",
  ]);
  expect(csp, `${what}: no eval`).not.toContain("'unsafe-eval'");
  expect(directives.get('default-src'), what).toEqual(["'self'"]);
  expect(directives.get('object-src'), what).toEqual(["'none'"]);
  expect(directives.get('base-uri'), what).toEqual(["'self'"]);
  expect(directives.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(directives.get('form-action'), what).toEqual(["'self'"]);
  expect(directives.get('connect-src'), what).toEqual(["'self'"]);
  // The test build's SITE_URL is http://localhost: upgrading would break it.
  expect(directives.has('upgrade-insecure-requests'), what).toBe(false);
  expect(headers['strict-transport-security'], what).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(headers['x-powered-by'], what).toBeUndefined();
}

test('every kind of response carries the security headers', async ({ request }) => {
  const { media, asset } = await mediaAndAsset(request);
  const paths = [
    ...pagesOf('en'),
    ...pagesOf('ar'),
    '/en/no-such-page',
    '/en/feeds/releases.rss',
    '/en/contacts/global-communications.vcf',
    media,
    asset,
    '/favicon.ico',
    '/icon.png',
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expectSecurityHeaders(response, path);
  }
  const redirect = await request.get('/', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect, '/ (redirect)');
});

test('Cache-Control lets a CDN cache pages briefly, assets for ever, and 404s only for a minute', async ({
  request,
}) => {
  const { media, asset } = await mediaAndAsset(request);
  const expectations: [string, number, RegExp][] = [
    // Pages that revalidate every 60 s: a cache may serve them stale while it refetches, but for an hour at most.
    ['/en', 200, /^s-maxage=60, stale-while-revalidate=3540$/],
    ['/en/releases', 200, /^s-maxage=60, stale-while-revalidate=3540$/],
    [`/en/releases/${everywhereSlug}`, 200, /^s-maxage=60, stale-while-revalidate=3540$/],
    // A video's player page, framed by other sites: cached like its release.
    [`/ar/embed/${everywhereSlug}/b-roll`, 200, /^s-maxage=60, stale-while-revalidate=3540$/],
    // An embargoed release answers 404 until it lifts: the 404 must not outlive the lift by more than a minute.
    ['/en/releases/not-yet-public', 404, /^s-maxage=60, stale-while-revalidate=3540$/],
    ['/de/no/such/page', 404, /^s-maxage=60, stale-while-revalidate=3540$/],
    // Static pages change only with a deploy (the basket page's items live in the browser, not in its HTML).
    ['/en/contacts', 200, /^s-maxage=31536000$/],
    ['/ar/basket', 200, /^s-maxage=31536000$/],
    ['/en/feeds/releases.rss', 200, /^public, max-age=0, s-maxage=60, stale-while-revalidate=300$/],
    ['/zh/search/recent.json', 200, /^public, max-age=0, s-maxage=60, stale-while-revalidate=300$/],
    [asset, 200, /^public, max-age=31536000, immutable$/],
    [media, 200, /^public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400$/],
  ];
  for (const [path, status, cacheControl] of expectations) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()['cache-control'], path).toMatch(cacheControl);
  }
  // Locale negotiation depends on the reader's cookie and language: never cached.
  const negotiation = await request.get('/', { maxRedirects: 0 });
  expect(negotiation.headers()['cache-control'] ?? '', '/').not.toMatch(/s-maxage|max-age=[1-9]/);
});

for (const locale of ['en', 'zh', 'ar'] as const) {
  test(`loading pages in ${locale} requests nothing from another origin and violates no CSP`, async ({
    page: tab,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    const violations: string[] = [];
    tab.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(r.url());
    });
    tab.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    for (const path of pagesOf(locale)) {
      const response = await tab.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
    }
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test('the web editor has a policy of its own, no inline script and no eval, and loads nothing from elsewhere', async ({
  page,
  request,
  baseURL,
}) => {
  for (const path of ['/admin', '/admin/cms/admin.js']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const csp = response.headers()['content-security-policy'] ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name ?? '', values]),
    );
    expect(directives.get('script-src'), path).toEqual(["'self'"]);
    expect(directives.get('connect-src'), path).toEqual([
      "'self'",
      'data:',
      'https://api.github.com',
      'https://www.githubstatus.com',
    ]);
    expect(directives.get('frame-ancestors'), path).toEqual(["'none'"]);
    expect(directives.get('object-src'), path).toEqual(["'none'"]);
    expect(csp, path).not.toContain('unsafe-eval');
    expect(response.headers()['cross-origin-opener-policy'], path).toBe('same-origin-allow-popups');
    expect(response.headers()['x-robots-tag'], path).toBe('noindex, nofollow');
  }
  expect(await (await request.get('/admin')).text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  // The sign-in window's pages may be reached from github.com and must still see the editor window.
  const signIn = await request.get('/api/cms-auth/auth?provider=github');
  expect(signIn.status()).toBe(503);
  expect(await signIn.text()).toContain('GITHUB_OAUTH_CLIENT_ID');
  expect(signIn.headers()['cross-origin-opener-policy']).toBe('unsafe-none');
  expect(signIn.headers()['cache-control']).toBe('no-store');

  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (
      !['data:', 'blob:'].includes(url.protocol) &&
      url.origin !== origin &&
      url.origin !== 'https://www.githubstatus.com'
    )
      foreign.push(r.url());
  });
  // Policy violations and the editor's own errors and warnings (a configuration it does not accept, for one); GitHub's
  // status page cannot be reached from the tests.
  page.on('console', (m) => {
    const fromStatusPage = m.location().url.startsWith('https://www.githubstatus.com');
    if (
      ((m.type() === 'error' || m.type() === 'warning') && !fromStatusPage) ||
      /Content Security Policy|Refused to/i.test(m.text())
    )
      violations.push(m.text());
  });
  await page.goto('/admin', { waitUntil: 'networkidle' });
  await expect(page.getByRole('button', { name: 'Work with Local Repository' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Sign In with \W?GitHub\W?$/ })).toBeVisible();
  await expectAccessible(page);
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});
