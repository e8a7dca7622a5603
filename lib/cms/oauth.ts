import { randomBytes, timingSafeEqual } from 'node:crypto';
import { escapeHtml } from '@/lib/html-escape';

/**
 * Signing in to the web editor with GitHub: the two steps of the OAuth web flow that need the app's secret, which
 * must never reach a browser. The editor (Sveltia CMS, the same protocol as Decap and Netlify CMS) opens
 * /api/cms-auth/auth in a small window; that step sends the person to GitHub with a one-time `state`; GitHub sends
 * them back to /api/cms-auth/callback, which trades the code for a token and hands it to the editor window by
 * postMessage, to this site's origin only (lib/cms/auth-callback.ts).
 */
export interface OAuthApp {
  clientId: string;
  clientSecret: string;
  /** https://github.com, or a GitHub Enterprise Server. */
  githubUrl: string;
  /** The newsroom's public address: GitHub sends people back under it. */
  siteUrl: string;
}

export const stateCookie = 'cms_oauth_state';
/** Read and write to the repository's contents, branches and pull requests (public_repo would not reach a private one). */
const scope = 'repo';

export const newState = () => randomBytes(24).toString('base64url');

function callbackUrl(app: Pick<OAuthApp, 'siteUrl'>): string {
  return `${app.siteUrl}/api/cms-auth/callback`;
}

export function authorizeUrl(app: OAuthApp, state: string): string {
  const query = new URLSearchParams({
    client_id: app.clientId,
    redirect_uri: callbackUrl(app),
    scope,
    state,
    allow_signup: 'false',
  });
  return `${app.githubUrl}/login/oauth/authorize?${query}`;
}

export function stateCookieHeader(value: string, app: Pick<OAuthApp, 'siteUrl'>, maxAge = 600): string {
  const secure = app.siteUrl.startsWith('https://') ? '; Secure' : '';
  return `${stateCookie}=${value}; Path=/api/cms-auth; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
}

/** The state GitHub sent back is the one this browser was given, compared in constant time. */
export function sameState(returned: string | null, expected: string | undefined): boolean {
  if (!returned || !expected) return false;
  const a = Buffer.from(returned);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type SignInResult = { token: string } | { error: string; errorCode: string };

/** Trades the code GitHub sent back for an access token. */
export async function exchangeCode(app: OAuthApp, code: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch(`${app.githubUrl}/login/oauth/access_token`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        client_id: app.clientId,
        client_secret: app.clientSecret,
        code,
        redirect_uri: callbackUrl(app),
      }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return { error: 'GitHub could not be reached. Try again in a moment.', errorCode: 'TOKEN_REQUEST_FAILED' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  const field = (name: string) =>
    typeof body === 'object' && body !== null && name in body
      ? String((body as Record<string, unknown>)[name])
      : undefined;
  const token = field('access_token');
  if (response.ok && token) return { token };
  return {
    error: field('error_description') ?? `GitHub refused the sign-in (HTTP ${response.status}).`,
    errorCode: field('error') ?? 'TOKEN_REQUEST_FAILED',
  };
}

/**
 * The page the sign-in window ends on. It carries the result as JSON data (never as script: `<` is escaped) and
 * loads the one script that posts it to the editor (/admin/cms/auth-callback.js, under the site's policy).
 */
export function callbackPage(result: SignInResult): string {
  const data = JSON.stringify({ provider: 'github', ...result }).replace(/</g, '\\u003c');
  const message =
    'token' in result ? 'Signed in. This window closes by itself.' : `Sign-in failed: ${escapeHtml(result.error)}`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Signing in to the smart newsroom editor</title></head>
<body>
<p>${message}</p>
<script type="application/json" id="cms-auth-result">${data}</script>
<script type="module" src="/admin/cms/auth-callback.js"></script>
</body>
</html>
`;
}
