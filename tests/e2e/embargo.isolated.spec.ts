import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { releaseFileName } from '../../lib/content/file-names';
import { nginxBinary, startFront } from '../../scripts/nginx-front';
import { debianTool } from '../support/debian-tool';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';
import { linksIn, parseMail } from '../support/mail-parse';
import { exifToolMissing, readTags } from '../support/exiftool';
import { expectAccessible } from '../support/site';

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
// Time for the build and for early access (personal links, the nginx front) before the lift.
const liftAt = new Date(Math.ceil((Date.now() + 6 * 60_000) / 1000) * 1000);
// Early access opened an hour before the test: the release's personal links work from the first request.
const earlyFrom = new Date(Math.floor((Date.now() - 60 * 60_000) / 1000) * 1000);

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
    .replace(
      'timeZone: "Asia/Shanghai"',
      `timeZone: "UTC"\nearlyAccess:\n  groups: [eu-auto-press]\n  from: "${offsetIso(earlyFrom)}"`,
    )
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

/** The files under a folder that contain a text. */
function filesContainingIn(folder: string, needle: string): string[] {
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (readFileSync(full).includes(needle)) hits.push(full);
    }
  };
  walk(folder);
  return hits;
}

/** Every file the build produced that a reader could ever be served, searched for the embargoed sentence. */
const filesContaining = (root: string, needle: string) =>
  ['.next', 'public']
    .flatMap((dir) => filesContainingIn(path.join(root, dir), needle))
    .map((file) => path.relative(root, file));

/** `npm run <script>` in the fixture site, as an operator or cron runs it there; its output. */
function run(script: string, ...args: string[]): string {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: site.root,
    env: { ...process.env, SITE_URL: site.url },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run ${script} ${args.join(' ')}: ${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The personal links the outbox holds, by recipient. */
function linksInOutbox(): Map<string, string[]> {
  const outbox = path.join(site.root, 'data', 'outbox');
  const links = new Map<string, string[]>();
  for (const name of existsSync(outbox) ? readdirSync(outbox) : []) {
    const mail = parseMail(readFileSync(path.join(outbox, name), 'utf8'));
    const to = mail.headers.get('to') ?? '';
    links.set(to, [...(links.get(to) ?? []), ...linksIn(mail.text).filter((link) => link.includes('/early/'))]);
  }
  return links;
}

test('during early access a member reads the release and takes its files before the lift; nobody else gets a byte', async ({
  page,
  request,
}) => {
  expect(Date.now()).toBeLessThan(liftAt.getTime());
  run(
    'access',
    'add',
    '--email',
    'alice@example.com',
    '--name',
    'Alice Doe',
    '--outlet',
    'Auto Weekly',
    '--language',
    'de',
    '--group',
    'eu-auto-press',
  );
  run(
    'access',
    'add',
    '--email',
    'carol@example.com',
    '--name',
    'Carol Roe',
    '--outlet',
    'Moto Daily',
    '--language',
    'en',
    '--group',
    'eu-auto-press',
  );
  run(
    'access',
    'add',
    '--email',
    'bob@example.com',
    '--name',
    'Bob Poe',
    '--outlet',
    'Other Press',
    '--language',
    'en',
    '--group',
    'business-press',
  );
  run('alerts:send');
  run('alerts:send');
  const links = linksInOutbox();
  // Exactly one e-mail per member, however often the scheduler runs; none to a non-member.
  expect([...links.keys()].sort()).toEqual(['alice@example.com', 'carol@example.com']);
  const [alice] = links.get('alice@example.com') ?? [];
  const [carol] = links.get('carol@example.com') ?? [];
  expect(links.get('alice@example.com')).toHaveLength(1);
  // The release is written in English only: Alice's German interface shows the English text under her banner.
  expect(alice).toMatch(new RegExp(`^${site.url}/en/early/[0-9a-f]{32}\\.[A-Za-z0-9_-]{43}$`));
  const secretPath = new URL(alice ?? '').pathname;
  const linkToken = secretPath.split('/').pop() ?? '';

  const opened = await page.goto(alice ?? '');
  expect(opened?.status()).toBe(200);
  const headers = opened?.headers() ?? {};
  expect(headers['cache-control']).toMatch(/private/);
  expect(headers['cache-control']).toMatch(/no-store/);
  expect(headers['x-robots-tag']).toBe('noindex, nofollow');
  expect(headers['referrer-policy']).toBe('no-referrer');
  await expect(page.locator('[data-early-banner]')).toContainText('for Alice Doe, Auto Weekly');
  await expect(page.locator('[data-early-banner]')).toContainText('Do not publish before');
  await expect(page.getByText(sentence)).toBeVisible();
  const html = await page.content();
  for (const leak of ['rel="canonical"', 'og:title', 'application/ld+json', 'og:image'])
    expect(html, leak).not.toContain(leak);
  await expectAccessible(page);
  // In Arabic: the interface and banner right to left, the English release marked as such inside it.
  expect((await page.goto(`${site.url}/ar${secretPath.slice(3)}`))?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('[data-early-banner]')).toContainText('Alice Doe');
  await expect(page.locator('[data-fallback-notice]')).toBeVisible();
  await expectAccessible(page);

  const hero = await request.get(`${site.url}/early/${linkToken}/hero.jpg`);
  expect([hero.status(), hero.headers()['cache-control']]).toEqual([200, 'private, no-store']);
  expect(hero.headers()['x-robots-tag']).toBe('noindex, nofollow');
  // The size the page states is the size sent, and the picture says inside whom it was supplied to, until when.
  const heroBytes = new Uint8Array(await hero.body());
  await expect(page.locator(`a[href="/early/${linkToken}/hero.jpg"][download]`)).toHaveAttribute(
    'data-bytes',
    String(heroBytes.byteLength),
  );
  const note =
    /^EMBARGOED until \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\. Do not publish before\. Supplied to Alice Doe, Auto Weekly\.$/;
  if (!exifToolMissing()) expect((await readTags(heroBytes))['XMP-photoshop:Instructions']).toMatch(note);
  const kit = await request.get(`${site.url}/early/${linkToken}/press-kit.en.zip`);
  expect(kit.status()).toBe(200);
  const kitFiles = unzipSync(new Uint8Array(await kit.body()));
  expect(Object.values(kitFiles).some((bytes) => strFromU8(bytes).includes(sentence))).toBe(true);
  const kitHero = Object.entries(kitFiles).find(([name]) => name.endsWith('hero.jpg'))?.[1];
  expect(kitHero).toBeDefined();
  if (!exifToolMissing())
    expect((await readTags(kitHero ?? new Uint8Array()))['XMP-photoshop:Instructions']).toMatch(note);

  // Revoked at once: Carol's link is the localized 404 from then on.
  expect((await request.get(carol ?? '')).status()).toBe(200);
  run('access', 'revoke', 'carol@example.com', slug);
  const unknownPage = await request.get(`${site.url}/en/early/${'0'.repeat(32)}.${'A'.repeat(43)}`);
  expect(unknownPage.status()).toBe(404);
  const unknownFile = await (
    await request.get(`${site.url}/early/${'0'.repeat(32)}.${'A'.repeat(43)}/hero.jpg`)
  ).text();
  const forged = `${linkToken.slice(0, -1)}${linkToken.endsWith('A') ? 'B' : 'A'}`;
  const carolToken = new URL(carol ?? '').pathname.split('/').pop() ?? '';
  for (const bad of [forged, carolToken]) {
    const refused = await request.get(`${site.url}/en/early/${bad}`);
    expect(refused.status(), bad).toBe(404);
    const body = await refused.text();
    for (const secret of [title, sentence, 'Alice', 'Carol']) expect(body, bad).not.toContain(secret);
    const file = await request.get(`${site.url}/early/${bad}/hero.jpg`);
    expect([file.status(), await file.text()], bad).toEqual([404, unknownFile]);
  }

  // Every opening and download is in the log, with who and from which client.
  const log = run('access', 'log', slug);
  expect(log).toMatch(/Alice Doe.*Auto Weekly[\s\S]*opened/);
  expect(log).toMatch(/downloaded hero\.jpg/);
  expect(log).toMatch(/downloaded press-kit\.en\.zip/);
});

test('the nginx front passes early access through uncached and keeps the token out of its log', async ({ request }) => {
  const unavailable = debianTool(nginxBinary, 'nginx');
  test.skip(unavailable !== undefined, unavailable);
  const [alice] = linksInOutbox().get('alice@example.com') ?? [];
  const secretPath = new URL(alice ?? '').pathname;
  const front = await startFront({ port: port + 11, upstreamPort: port });
  try {
    for (const url of [secretPath, `/early/${secretPath.split('/').pop()}/hero.jpg`]) {
      for (let i = 0; i < 2; i++) {
        const response = await request.get(`${front.origin}${url}`);
        expect(response.status(), url).toBe(200);
        expect(response.headers()['x-cache-status'] ?? '', url).not.toMatch(/HIT|STALE|UPDATING/);
      }
    }
    // Nothing of the release in the front's cache folder, whatever it holds.
    const cached = path.join(front.dir, 'cache');
    const inCache = existsSync(cached) ? filesContainingIn(cached, sentence.slice(0, 40)) : [];
    expect(inCache).toEqual([]);
    // The access log is written in buffers, flushed every 5 s.
    const logged = () => readFileSync(path.join(front.dir, 'access.log'), 'utf8');
    await expect.poll(logged, { timeout: 15_000 }).toContain('/early/[token]/hero.jpg');
    expect(logged()).not.toContain(secretPath.split('/').pop());
  } finally {
    await front.stop();
  }
});

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
  // The React Server Components payloads of the same pages, as the browser's router asks for them.
  for (const url of ['/en/releases', '/en', '/en/releases/topic/corporate']) {
    const payload = await request.get(`${site.url}${url}`, { headers: { RSC: '1' } });
    expect(payload.status(), url).toBe(200);
    const body = await payload.text();
    expect(body, url).not.toContain(title);
    expect(body, url).not.toContain(`/releases/${slug}`);
  }
  // Searched after the early-access pages above were rendered and served: nothing of them was written to disk.
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

test('after the lift a personal link leads to the public page', async ({ request }) => {
  const wait = liftAt.getTime() - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 1_000));
  const [alice] = linksInOutbox().get('alice@example.com') ?? [];
  const secretPath = new URL(alice ?? '').pathname;
  const moved = await request.get(`${site.url}${secretPath}`, { maxRedirects: 0 });
  expect([moved.status(), moved.headers()['location']]).toEqual([307, `/en/releases/${slug}`]);
  const file = await request.get(`${site.url}/early/${secretPath.split('/').pop()}/hero.jpg`, { maxRedirects: 0 });
  expect([file.status(), file.headers()['location']]).toEqual([308, `/media/${slug}/hero.jpg`]);
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
