/**
 * The security headers of every response, set once in next.config.ts. Pure (no env module, no server-only) so
 * that next.config.ts, tests and the nginx check can all import it.
 *
 * The Content-Security-Policy allows inline scripts: pages are prerendered once and served to everybody, so they
 * cannot carry a per-request nonce, and Next inlines its RSC payload (`self.__next_f.push(...)`) as scripts whose
 * content differs on every page. A hash list would have to be computed per page after the build, and any hash or
 * nonce in script-src makes browsers ignore 'unsafe-inline'. What the policy does forbid: eval (no 'unsafe-eval'),
 * scripts, styles, fonts, images and connections from any other origin, plugins, <base> hijacking, framing and
 * form posts elsewhere. 'wasm-unsafe-eval' lets Pagefind (site search, /pagefind/) compile its WebAssembly.
 */
const siteDirectives = {
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'frame-ancestors': "'none'",
  'form-action': "'self'",
};

function policy(directives: Record<string, string>, siteUrl: string): string {
  return [
    ...Object.entries(directives).map(([name, sources]) => `${name} ${sources}`),
    // Only a site served over https may ask browsers to upgrade: on http://localhost it would break every asset.
    ...(siteUrl.startsWith('https://') ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export function securityHeaders(
  siteUrl: string,
  overrides: Partial<typeof siteDirectives> = {},
): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: policy({ ...siteDirectives, ...overrides }, siteUrl) },
    // Browsers ignore HSTS received over plain http, so sending it everywhere is harmless and never forgotten.
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Nothing here uses these devices or APIs; the copy buttons need clipboard-write, which stays allowed.
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/**
 * The video player page (/{locale}/embed/...) is the one page other sites may frame, with the embed code of the
 * release page: the site's policy with any frame ancestor, and no X-Frame-Options (it has no value that allows).
 */
export const embedHeaders = (siteUrl: string) =>
  securityHeaders(siteUrl, { 'frame-ancestors': '*' }).filter((header) => header.key !== 'X-Frame-Options');

/**
 * The web editor at /admin (Sveltia CMS, lib/cms/) has a policy of its own, narrower in scripts and wider only in
 * what signing in with GitHub needs: no inline script at all (the page loads one module from /admin/cms/), the
 * GitHub API and the avatars of the people signed in, GitHub's status page (the editor warns of outages), and
 * blob: workers and frames for previews of files not yet saved. No other page's policy changes.
 */
const adminDirectives = {
  ...siteDirectives,
  'script-src': "'self'",
  'img-src': "'self' data: blob: https://avatars.githubusercontent.com",
  'media-src': "'self' blob:",
  // data: because the editor reads its own inline logo with fetch() (a data: URL reaches no server).
  'connect-src': "'self' data: https://api.github.com https://www.githubstatus.com",
  'worker-src': "'self' blob:",
  'frame-src': "'self' blob:",
};

/**
 * What /admin changes in the headers of every response: its own policy, an opener policy that keeps the GitHub
 * sign-in window able to hand the token back (`same-origin` would cut it off from the editor once it has been to
 * github.com), and no indexing.
 */
export function adminHeaders(siteUrl: string): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: policy(adminDirectives, siteUrl) },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' },
    { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
  ];
}

/**
 * The sign-in window's pages (app/api/cms-auth): it comes back from github.com and must still reach the editor
 * window that opened it, which any opener policy but `unsafe-none` would prevent.
 */
export const signInHeaders = [
  { key: 'Cross-Origin-Opener-Policy', value: 'unsafe-none' },
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
];

/**
 * Early access (lib/early-access/): a release under embargo for one person. Never indexed, and no Referer at all, so
 * the personal link in the address bar never reaches another page's log, this site's public pages included. The
 * pages and files also answer `private, no-store` themselves.
 */
export const earlyAccessHeaders = [
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
];
