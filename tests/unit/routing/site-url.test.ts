import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSiteUrl, foreignHostWarning, siteUrlReport } from '@/lib/routing/site-url';

/** SITE_URL, the public address: the build names the one it bakes in, the server warns once about another host. */
describe('the build', () => {
  const build = (siteUrl: string | undefined) => {
    const env = { ...process.env, SITE_URL: siteUrl };
    if (siteUrl === undefined) delete env.SITE_URL;
    return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/site-url.ts'], {
      env,
      encoding: 'utf8',
    });
  };

  it('prints the SITE_URL it bakes in (the first step of npm run build)', () => {
    const run = build('https://newsroom.example.com/');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'SITE_URL: https://newsroom.example.com (canonical links, feeds, sitemaps, share links and e-mails point there)\n',
    );
  });

  it('warns loudly when SITE_URL is not set, naming the address the links will have', () => {
    const run = build(undefined);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`SITE_URL is not set: this build links to ${defaultSiteUrl}.`);
    expect(run.stdout).toContain('SITE_URL=https://newsroom.smart.com npm run build');
    expect(siteUrlReport(undefined, defaultSiteUrl)).toMatch(/^!{78}\n[\s\S]+\n!{78}$/);
  });

  it('stops on an address that is not one', () => {
    const run = build('newsroom.example.com');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('SITE_URL must be an absolute URL such as https://newsroom.smart.com');
  });
});

describe('requests for another host', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('are named with the SITE_URL and what to do; the same host, or a proxy’s forwarded one, is fine', () => {
    expect(foreignHostWarning('https://newsroom.example.com', 'newsroom.example.com')).toBeUndefined();
    expect(foreignHostWarning('http://localhost:3000', 'localhost:3000')).toBeUndefined();
    expect(foreignHostWarning('https://newsroom.example.com', 'Newsroom.Example.com, 10.0.0.1')).toBeUndefined();
    expect(foreignHostWarning('http://localhost:3000', 'newsroom.example.com')).toBe(
      'SITE_URL is http://localhost:3000, but requests arrive for newsroom.example.com: links, feeds and share buttons on this site ' +
        'point to http://localhost:3000. If newsroom.example.com is the public address, build and start with SITE_URL set to it. (Logged once.)',
    );
    expect(foreignHostWarning('http://localhost:3000', 'localhost:8080')).toContain(
      'requests arrive for localhost:8080',
    );
  });

  it('are logged once per process, however many arrive', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { noticeRequestHost } = await import('@/lib/routing/site-url');
    for (const host of ['newsroom.example.com', 'localhost:3000', 'other.example', 'newsroom.example.com'])
      noticeRequestHost('http://localhost:3000', host);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('requests arrive for newsroom.example.com');
  });

  it('go to the primary of scripts/start.mjs, which prints them once for all its workers', async () => {
    vi.stubEnv('NEWSROOM_PRIMARY_LOGS', '1');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sent: unknown[] = [];
    const send = vi.spyOn(process, 'send').mockImplementation((message: unknown) => sent.push(message) > 0);
    const { noticeRequestHost } = await import('@/lib/routing/site-url');
    noticeRequestHost('http://localhost:3000', 'newsroom.example.com');
    noticeRequestHost('http://localhost:3000', 'newsroom.example.com');
    expect(send).toHaveBeenCalledTimes(1);
    expect(sent[0]).toEqual({
      newsroomOnce: 'foreign-host',
      message: expect.stringContaining('requests arrive for newsroom.example.com'),
    });
    expect(warn).not.toHaveBeenCalled();
  });
});
