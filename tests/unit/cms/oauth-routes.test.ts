import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The editor's GitHub sign-in (app/api/cms-auth, lib/cms/oauth-routes.ts) against a stand-in for GitHub's token
 * endpoint on loopback: GitHub itself cannot be reached from the tests.
 */
let github: Server;
let githubUrl: string;
const received: Record<string, unknown>[] = [];

beforeAll(async () => {
  github = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const form = JSON.parse(body) as Record<string, unknown>;
      received.push({ path: request.url, accept: request.headers.accept, ...form });
      response.setHeader('Content-Type', 'application/json');
      response.end(
        JSON.stringify(
          form.code === 'good-code'
            ? { access_token: 'gho_token123', token_type: 'bearer', scope: 'repo' }
            : {
                error: 'bad_verification_code',
                error_description: `The code ${String(form.code)} is incorrect <img src=x onerror=alert(1)>`,
              },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
  githubUrl = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => github.close(() => resolve())));

async function routes(settings: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(settings)) vi.stubEnv(key, value);
  return import('@/lib/cms/oauth-routes');
}

const app = {
  SITE_URL: 'https://newsroom.example.com',
  GITHUB_OAUTH_CLIENT_ID: 'Iv1.0123456789abcdef',
  GITHUB_OAUTH_CLIENT_SECRET: '0123456789abcdef0123456789abcdef01234567',
};

describe('signing in to the editor with GitHub', () => {
  it('sends the person to GitHub with a one-time state kept in an HttpOnly cookie', async () => {
    const { startSignIn } = await routes({ ...app, GITHUB_URL: githubUrl });
    const response = startSignIn(
      new Request('https://newsroom.example.com/api/cms-auth/auth?provider=github&site_id=newsroom.example.com'),
    );
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${githubUrl}/login/oauth/authorize`);
    expect(location.searchParams.get('client_id')).toBe(app.GITHUB_OAUTH_CLIENT_ID);
    expect(location.searchParams.get('redirect_uri')).toBe('https://newsroom.example.com/api/cms-auth/callback');
    expect(location.searchParams.get('scope')).toBe('repo');
    const state = location.searchParams.get('state');
    expect(state).toMatch(/^[\w-]{32}$/);
    expect(response.headers.get('set-cookie')).toBe(
      `cms_oauth_state=${state}; Path=/api/cms-auth; Max-Age=600; HttpOnly; SameSite=Lax; Secure`,
    );
    expect(response.headers.get('location')).not.toContain(app.GITHUB_OAUTH_CLIENT_SECRET);
  });

  it('trades the code for a token with the secret, server to server, and hands the token to the editor page only', async () => {
    const { finishSignIn } = await routes({ ...app, GITHUB_URL: githubUrl });
    const response = await finishSignIn(
      new Request('https://newsroom.example.com/api/cms-auth/callback?code=good-code&state=abc123', {
        headers: { cookie: 'other=1; cms_oauth_state=abc123' },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toContain('cms_oauth_state=; Path=/api/cms-auth; Max-Age=0');
    const html = await response.text();
    expect(html).toContain(
      '<script type="application/json" id="cms-auth-result">{"provider":"github","token":"gho_token123"}</script>',
    );
    expect(html).toContain('<script type="module" src="/admin/cms/auth-callback.js"></script>');
    expect(received.at(-1)).toMatchObject({
      path: '/login/oauth/access_token',
      accept: 'application/json',
      client_id: app.GITHUB_OAUTH_CLIENT_ID,
      client_secret: app.GITHUB_OAUTH_CLIENT_SECRET,
      code: 'good-code',
    });
  });

  it('refuses a callback whose state is not the one this browser was given, without asking GitHub', async () => {
    const { finishSignIn } = await routes({ ...app, GITHUB_URL: githubUrl });
    const before = received.length;
    const response = await finishSignIn(
      new Request('https://newsroom.example.com/api/cms-auth/callback?code=good-code&state=forged', {
        headers: { cookie: 'cms_oauth_state=abc123' },
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('STATE_MISMATCH');
    expect(received.length).toBe(before);
  });

  it('passes on GitHub refusing the code, with its message escaped in the page and in the data', async () => {
    const { finishSignIn } = await routes({ ...app, GITHUB_URL: githubUrl });
    const response = await finishSignIn(
      new Request('https://newsroom.example.com/api/cms-auth/callback?code=<script>&state=s1', {
        headers: { cookie: 'cms_oauth_state=s1' },
      }),
    );
    expect(response.status).toBe(502);
    const html = await response.text();
    expect(html).toContain('"errorCode":"bad_verification_code"');
    expect(html).toContain(
      '<p>Sign-in failed: The code &#60;script&#62; is incorrect &#60;img src=x onerror=alert(1)&#62;</p>',
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"token"');
  });

  it('says so when no OAuth app is set up', async () => {
    const { startSignIn } = await routes({
      SITE_URL: 'https://newsroom.example.com',
      GITHUB_OAUTH_CLIENT_ID: undefined,
      GITHUB_OAUTH_CLIENT_SECRET: undefined,
    });
    const response = startSignIn(new Request('https://newsroom.example.com/api/cms-auth/auth?provider=github'));
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('GITHUB_OAUTH_CLIENT_ID and GITHUB_OAUTH_CLIENT_SECRET');
  });
});
