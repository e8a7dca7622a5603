import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { releaseFileName } from '../../lib/content/file-names';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';

/** A preview build shows drafts and embargoed releases with a banner, says noindex everywhere, and refuses to pose as production. */
const port = Number(process.env.PREVIEW_PORT ?? 3191);
let site: FixtureSite;
let content: string;

test.describe.configure({ mode: 'serial', timeout: 6 * 60_000 });

function addRelease(slug: string, date: string, change: (text: string) => string) {
  const folder = path.join(content, 'releases', `${date}-${slug}`);
  cpSync(path.join(content, 'releases', '2025-07-15-sample'), folder, { recursive: true });
  const english = path.join(folder, releaseFileName('en'));
  writeFileSync(english, change(readFileSync(english, 'utf8')));
}

test.beforeAll(async () => {
  test.setTimeout(6 * 60_000);
  content = mkdtempSync(path.join(tmpdir(), 'newsroom-preview-'));
  cpSync(path.resolve('tests/fixtures/content'), content, { recursive: true });
  addRelease('draft-release', '2025-07-16', (text) =>
    text.replace('title: "smart sample release"', 'title: "smart draft release"\ndraft: true'),
  );
  addRelease('future-release', '2099-07-10', (text) =>
    text
      .replace('title: "smart sample release"', 'title: "smart future release"')
      .replace('publishedAt: "2025-07-15T10:00:00+08:00"', 'publishedAt: "2099-07-10T09:00:00+02:00"')
      .replace('timeZone: "Asia/Shanghai"', 'timeZone: "Europe/Berlin"'),
  );
  // Saved by Notepad on Windows: byte order mark, CRLF, spaces after the fences, no final newline.
  addRelease(
    'saved-on-windows',
    '2025-07-17',
    (text) =>
      `\uFEFF${text.replace('title: "smart sample release"', 'title: "smart release saved on Windows"').replace(/^---$/gm, '--- ').replace(/\n+$/, '').replace(/\n/g, '\r\n')}`,
  );
  site = await startFixtureSite({ name: 'preview', content, port, env: { NEWSROOM_PREVIEW: '1' } });
});

test.afterAll(async () => {
  await site?.stop();
  rmSync(content, { recursive: true, force: true });
});

test('drafts and embargoed releases carry an unmistakable banner', async ({ page }) => {
  await page.goto(`${site.url}/en/releases/draft-release`);
  await expect(page.getByRole('status').filter({ hasText: 'Draft — not public' })).toBeVisible();
  await page.goto(`${site.url}/en/releases/future-release`);
  await expect(
    page.getByRole('status').filter({ hasText: 'Embargoed until 10 July 2099 at 09:00 CEST' }),
  ).toBeVisible();
  await page.goto(`${site.url}/en/releases/sample`);
  await expect(page.getByRole('status').filter({ hasText: /Draft|Embargoed/ })).toHaveCount(0);
});

test('a release saved with a byte order mark and CRLF line ends is built like any other', async ({ page }) => {
  const response = await page.goto(`${site.url}/en/releases/saved-on-windows`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'smart release saved on Windows' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('The sample body.');
  await expect(page.getByRole('main').locator('time').first()).toHaveAttribute('datetime', /^2025-07-15T/);
});

test('every response says noindex', async ({ request }) => {
  for (const url of [
    '/en',
    '/en/releases/draft-release',
    '/en/feeds/releases.rss',
    '/media/sample/hero.jpg',
    '/en/no-such-page',
  ]) {
    const response = await request.get(`${site.url}${url}`);
    expect(response.headers()['x-robots-tag'], url).toBe('noindex, nofollow');
  }
});

test('a preview build refuses to start as production', () => {
  const env = { ...process.env, NEWSROOM_PREVIEW: '' };
  const result = spawnSync('node', ['scripts/build-mode.mjs', 'check'], { cwd: site.root, env, encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('Refusing to start: this is a PREVIEW build');
});

test('a filter without releases says so honestly and links back to all releases', async ({ page }) => {
  const response = await page.goto(`${site.url}/en/releases/topic/brand`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText('There are no press releases here yet.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'See all press releases' })).toHaveAttribute('href', '/en/releases');
});
