/**
 * SITE_URL, the newsroom's public address: every absolute link (canonical, hreflang, feeds, sitemaps, share
 * links, copy link, vCards, e-mails, printouts) is built from it, and prerendered pages keep the value the build
 * had. A wrong or missing value does not fail anything visibly, it only sends readers elsewhere, so the build says
 * which address it bakes in and the server says once when requests arrive for another host.
 */
export const defaultSiteUrl = 'http://localhost:3000';

/** The lines `npm run build` prints: the address, and a loud warning when SITE_URL was not set. */
export function siteUrlReport(configured: string | undefined, siteUrl: string): string {
  if (configured) return `SITE_URL: ${siteUrl} (canonical links, feeds, sitemaps, share links and e-mails point there)`;
  const rule = '!'.repeat(78);
  return [
    rule,
    `SITE_URL is not set: this build links to ${siteUrl}.`,
    'Canonical links, feeds, sitemaps, share links and e-mails will point there, not to your site.',
    'Build again with the public address, e.g. SITE_URL=https://newsroom.smart.com npm run build',
    rule,
  ].join('\n');
}

/**
 * The warning for a request made to another host than SITE_URL names (the Host header, or X-Forwarded-Host from
 * a proxy in front), or undefined when it is the same.
 */
export function foreignHostWarning(siteUrl: string, requestHost: string | null | undefined): string | undefined {
  const host = requestHost?.split(',')[0]?.trim().toLowerCase();
  const expected = new URL(siteUrl).host;
  if (!host || host === expected) return undefined;
  return (
    `SITE_URL is ${siteUrl}, but requests arrive for ${host}: links, feeds and share buttons on this site point to ` +
    `${siteUrl}. If ${host} is the public address, build and start with SITE_URL set to it. (Logged once.)`
  );
}

/** What a worker of scripts/start.mjs sends its primary, which prints each key once for all workers. */
type OnceMessage = { newsroomOnce: string; message: string };

const said = new Set<string>();

/**
 * Logs a warning once per process, and once per server under scripts/start.mjs (which sets
 * NEWSROOM_PRIMARY_LOGS in its workers' environment: a handshake between the two files, not a setting).
 */
function warnOnce(key: string, message: string): void {
  if (said.has(key)) return;
  said.add(key);
  const toPrimary: OnceMessage = { newsroomOnce: key, message };
  if (process.env.NEWSROOM_PRIMARY_LOGS === '1' && process.send) process.send(toPrimary);
  else console.warn(message);
}

let siteHost: string | undefined;

/** For the proxy, on every request: one string comparison until the first foreign host, nothing after it. */
export function noticeRequestHost(siteUrl: string, requestHost: string | null): void {
  if (said.has('foreign-host')) return;
  siteHost ??= new URL(siteUrl).host;
  if (requestHost === siteHost) return;
  const warning = foreignHostWarning(siteUrl, requestHost);
  if (warning) warnOnce('foreign-host', warning);
}
