import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { releaseFileName } from '../../lib/content/file-names';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';

/**
 * The embargo proof: a site built from fixture content with a release due a few minutes after the build starts.
 * Before that instant the release is in no output at all; after it, the running server (no rebuild) serves it
 * and lists it within about a minute.
 */
const port = Number(process.env.EMBARGO_PORT ?? 3190);
const slug = 'embargo-proof';
const token = `proof${Date.now().toString(36)}`;
const sentence = `Embargo proof sentence ${token} must not leak before its time.`;
const title = 'smart embargo proof release';
const expiredCaption = 'A picture whose usage period is over';
const liftAt = new Date(Math.ceil((Date.now() + 4.5 * 60_000) / 1000) * 1000);

test.describe.configure({ mode: 'serial', timeout: 12 * 60_000 });

let site: FixtureSite;
let content: string;

function offsetIso(date: Date) {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

test.beforeAll(async () => {
  test.setTimeout(6 * 60_000);
  content = mkdtempSync(path.join(tmpdir(), 'newsroom-embargo-'));
  cpSync(path.resolve('tests/fixtures/content'), content, { recursive: true });
  const folder = path.join(content, 'releases', `${liftAt.toISOString().slice(0, 10)}-${slug}`);
  cpSync(path.join(content, 'releases', '2025-07-15-sample'), folder, { recursive: true });
  const english = readFileSync(path.join(folder, releaseFileName('en')), 'utf8')
    .replace('title: "smart sample release"', `title: "${title}"`)
    .replace('publishedAt: "2025-07-15T10:00:00+08:00"', `publishedAt: "${offsetIso(liftAt)}"`)
    .replace('timeZone: "Asia/Shanghai"', 'timeZone: "UTC"')
    .replace('The sample body.', sentence);
  writeFileSync(path.join(folder, releaseFileName('en')), english);
  // A public release with a picture whose usage period ended (the end of 2025-12-31 in Shanghai).
  const sample = path.join(content, 'releases', '2025-07-15-sample');
  cpSync(path.join(sample, 'hero.jpg'), path.join(sample, 'gallery-1.jpg'));
  const withExpired = readFileSync(path.join(sample, releaseFileName('en')), 'utf8').replace(
    'contacts: [desk]',
    [
      'gallery:',
      '  - file: "gallery-1.jpg"',
      '    alt: "A teal rectangle, again"',
      `    caption: "${expiredCaption}"`,
      '    credit: "smart Automobile Co., Ltd."',
      '    usage: "editorial"',
      '    expires: "2025-12-31"',
      'contacts: [desk]',
    ].join('\n'),
  );
  writeFileSync(path.join(sample, releaseFileName('en')), withExpired);
  site = await startFixtureSite({ name: 'embargo', content, port });
  expect(Date.now(), 'the build must finish well before the embargo lifts').toBeLessThan(liftAt.getTime() - 20_000);
});

test.afterAll(async () => {
  await site?.stop();
  rmSync(content, { recursive: true, force: true });
});

/** Every file the build produced that a reader could ever be served, searched for the embargoed sentence. */
function filesContaining(root: string, needle: string): string[] {
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (readFileSync(full).includes(needle)) hits.push(path.relative(root, full));
    }
  };
  for (const dir of ['.next', 'public']) walk(path.join(root, dir));
  return hits;
}

test('before the embargo lifts the release is in no output', async ({ request }) => {
  expect(Date.now()).toBeLessThan(liftAt.getTime());
  expect((await request.get(`${site.url}/en/releases/${slug}`)).status()).toBe(404);
  const unknown = await (await request.get(`${site.url}/media/no-such-release/hero.jpg`)).text();
  // Its renditions are made ahead in the private cache (scripts/warm-renditions.ts) but nothing reaches them.
  for (const file of ['hero.jpg', 'hero.jpg/web', 'hero.jpg/16x9', 'hero.jpg/1x1.0123456789.jpg']) {
    const response = await request.get(`${site.url}/media/${slug}/${file}`, { maxRedirects: 0 });
    expect(response.status(), file).toBe(404);
    expect(await response.text(), file).toBe(unknown);
  }
  for (const url of [
    '/en/releases',
    '/en',
    '/en/releases/topic/corporate',
    '/en/feeds/releases.rss',
    '/en/feeds/releases.json',
    '/sitemap.xml',
    '/en/search/recent.json',
  ]) {
    const response = await request.get(`${site.url}${url}`);
    expect(response.status(), url).toBe(200);
    const body = await response.text();
    expect(body, url).not.toContain(title);
    expect(body, url).not.toContain(`/releases/${slug}`);
  }
  expect(filesContaining(site.root, sentence.slice(0, 40))).toEqual([]);
});

test('the basket gets nothing of an embargoed release and cannot tell it from an unknown one', async ({ request }) => {
  const embargoed = `${slug}/hero.jpg:original`;
  const unknown = 'no-such-release/hero.jpg:original';
  const facts = await request.post(`${site.url}/api/basket/items`, {
    data: { locale: 'en', items: [embargoed, unknown, 'sample/hero.jpg:web', 'sample/gallery-1.jpg:original'] },
  });
  expect(facts.status()).toBe(200);
  expect(facts.headers()['cache-control']).toBe('private, no-store');
  const body = await facts.text();
  expect(JSON.parse(body)).toMatchObject({
    items: [{ key: 'sample/hero.jpg:web', rendition: 'web', releaseTitle: 'smart sample release' }],
    refused: [
      { key: embargoed, reason: 'unavailable' },
      { key: unknown, reason: 'unavailable' },
      { key: 'sample/gallery-1.jpg:original', reason: 'expired', expires: '2025-12-31' },
    ],
  });
  for (const secret of [title, token]) expect(body).not.toContain(secret);

  const form = (items: string[]) => ({
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    data: new URLSearchParams([['locale', 'en'], ...items.map((item) => ['item', item])]).toString(),
    maxRedirects: 0,
  });
  const zip = await request.post(`${site.url}/api/basket/download`, form([embargoed, 'sample/hero.jpg:original']));
  expect(zip.status()).toBe(200);
  const bytes = await zip.body();
  expect(Number(zip.headers()['content-length'])).toBe(bytes.byteLength);
  const files = unzipSync(new Uint8Array(bytes));
  expect(Object.keys(files).sort()).toEqual(['README.txt', 'manifest.csv', 'sample/hero.jpg']);
  expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toContain(`No longer available: ${embargoed}`);
  for (const secret of [title, token]) expect(bytes.includes(secret)).toBe(false);

  const nothing = await request.post(`${site.url}/api/basket/download`, form([embargoed]));
  expect([nothing.status(), nothing.headers()['location']]).toEqual([303, '/en/basket?refused=all']);
});

test('a picture past its usage period is handed out nowhere, and its page says since when', async ({
  page,
  request,
}) => {
  for (const file of ['gallery-1.jpg', 'gallery-1.jpg/web', 'gallery-1.jpg/16x9']) {
    const response = await request.get(`${site.url}/media/sample/${file}`, { maxRedirects: 0 });
    expect(response.status(), file).toBe(410);
    expect(await response.text(), file).toBe('The usage period of this picture ended on 2025-12-31.');
    expect(response.headers()['cache-control'], file).toBe('no-store');
  }
  expect((await request.get(`${site.url}/media/sample/hero.jpg`)).status()).toBe(200);
  await page.goto(`${site.url}/en/releases/sample`);
  const figure = page.locator('figure', { hasText: expiredCaption });
  await expect(figure.locator('[data-usage-ended]')).toHaveText(
    'The usage period of this picture ended on 31 December 2025.',
  );
  await expect(figure.locator('img, a')).toHaveCount(0);
  await page.goto(`${site.url}/en/media`);
  await expect(page.locator('[data-media-item="sample/gallery-1.jpg"] [data-usage-ended]')).toBeVisible();
  await expect(page.locator('a[href*="/media/sample/gallery-1.jpg"], img[src*="gallery-1.jpg"]')).toHaveCount(0);
});

test('after it lifts the running server serves and lists it within about a minute, without a rebuild', async ({
  request,
}) => {
  const wait = liftAt.getTime() - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 1_000));
  const page = await request.get(`${site.url}/en/releases/${slug}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(sentence);
  expect((await request.get(`${site.url}/media/${slug}/hero.jpg`)).status()).toBe(200);
  const web = await request.get(`${site.url}/media/${slug}/hero.jpg/web`);
  expect([web.status(), web.headers()['content-type']]).toEqual([200, 'image/jpeg']);
  for (const url of ['/en/releases', '/en', '/en/releases/topic/corporate', '/en/feeds/releases.rss', '/sitemap.xml']) {
    await expect
      .poll(async () => (await (await request.get(`${site.url}${url}`)).text()).includes(`/releases/${slug}`), {
        timeout: 90_000,
        intervals: [2_000, 5_000],
      })
      .toBe(true);
  }
});

test('after it lifts, the search page finds it before any rebuild, its words marked', async ({ page, request }) => {
  const wait = liftAt.getTime() - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 1_000));
  expect(await (await request.get(`${site.url}/en/search/recent.json`)).json()).toMatchObject({
    records: [{ url: `/en/releases/${slug}`, meta: { title } }],
  });
  await page.goto(`${site.url}/en/search?q=${encodeURIComponent(`Embargo ${token.toUpperCase()}`)}`);
  const hit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark', { hasText: token })).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('Results: 1');
});
