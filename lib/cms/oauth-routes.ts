import 'server-only';
import { env } from '@/lib/env';
import {
  authorizeUrl,
  callbackPage,
  exchangeCode,
  newState,
  sameState,
  stateCookie,
  stateCookieHeader,
  type OAuthApp,
} from './oauth';

/** The two route handlers of app/api/cms-auth, with the app's settings from the environment. */
function oauthApp(): OAuthApp | undefined {
  const { clientId, clientSecret, githubUrl } = env.githubOAuth;
  return clientId && clientSecret ? { clientId, clientSecret, githubUrl, siteUrl: env.siteUrl } : undefined;
}

const page = (html: string, status: number, headers: Record<string, string> = {}) =>
  new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });

const notSetUp = () =>
  page(
    callbackPage({
      error:
        'Signing in with GitHub is not set up on this server (GITHUB_OAUTH_CLIENT_ID and GITHUB_OAUTH_CLIENT_SECRET).',
      errorCode: 'NOT_CONFIGURED',
    }),
    503,
  );

/** GET /api/cms-auth/auth?provider=github: off to GitHub, with a one-time state in a cookie. */
export function startSignIn(request: Request): Response {
  const app = oauthApp();
  if (!app) return notSetUp();
  if (new URL(request.url).searchParams.get('provider') !== 'github') {
    return page(callbackPage({ error: 'Only GitHub sign-in is offered.', errorCode: 'UNSUPPORTED_PROVIDER' }), 400);
  }
  const state = newState();
  return new Response(null, {
    status: 302,
    headers: {
      Location: authorizeUrl(app, state),
      'Set-Cookie': stateCookieHeader(state, app),
      'Cache-Control': 'no-store',
    },
  });
}

/** GET /api/cms-auth/callback?code&state: the token, handed to the editor window. */
export async function finishSignIn(request: Request): Promise<Response> {
  const app = oauthApp();
  if (!app) return notSetUp();
  const query = new URL(request.url).searchParams;
  const cookie = request.headers
    .get('cookie')
    ?.split(/;\s*/)
    .find((part) => part.startsWith(`${stateCookie}=`))
    ?.slice(stateCookie.length + 1);
  const clear = { 'Set-Cookie': stateCookieHeader('', app, 0) };
  if (!sameState(query.get('state'), cookie)) {
    return page(
      callbackPage({
        error: 'This sign-in link has expired or was not started here. Close this window and sign in again.',
        errorCode: 'STATE_MISMATCH',
      }),
      400,
      clear,
    );
  }
  const code = query.get('code');
  if (!code) {
    return page(
      callbackPage({
        error: query.get('error_description') ?? 'GitHub did not grant access.',
        errorCode: query.get('error') ?? 'ACCESS_DENIED',
      }),
      400,
      clear,
    );
  }
  const result = await exchangeCode(app, code);
  return page(callbackPage(result), 'token' in result ? 200 : 502, clear);
}
