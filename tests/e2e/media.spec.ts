import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import sharp from 'sharp';
import { releaseFileName } from '../../lib/content/file-names';
import { parseMarkdownSource } from '../../lib/content/frontmatter';
import { releaseFrontmatter, type ReleaseFrontmatter } from '../../lib/content/schema';
import { formatFileSize, formatPixels } from '../../lib/media/format';
import {
  everywhereSlug,
  expectAccessible,
  expectLanguage,
  locales,
  messages,
  partlyTranslatedSlug,
  type Locale,
} from '../support/site';

/** The sample content as the site must present it, read straight from content/releases (all of it is public). */
type OnDisk = { slug: string; folder: string; versions: Map<Locale, ReleaseFrontmatter> };
const releases: OnDisk[] = readdirSync('content/releases')
  .map((folder) => {
    const versions = new Map<Locale, ReleaseFrontmatter>();
    for (const locale of locales) {
      const file = `content/releases/${folder}/${releaseFileName(locale)}`;
      if (existsSync(file))
        versions.set(locale, releaseFrontmatter.parse(parseMarkdownSource(readFileSync(file, 'utf8')).data));
    }
    return { slug: folder.replace(/^\d{4}-\d{2}-\d{2}-/, ''), folder, versions };
  })
  .filter((r) => r.versions.size > 0 && ![...r.versions.values()].some((v) => v.draft))
  .sort((a, b) => Date.parse(english(b).publishedAt) - Date.parse(english(a).publishedAt));

function english(release: OnDisk): ReleaseFrontmatter {
  const version = release.versions.get('en');
  if (!version) throw new Error(`${release.folder} has no ${releaseFileName('en')}`);
  return version;
}

const dimensions = new Map<string, { width: number; height: number }>();
async function pixels(folder: string, file: string) {
  const key = `${folder}/${file}`;
  if (!dimensions.has(key)) {
    const { width = 0, height = 0 } = await sharp(`content/releases/${key}`).metadata();
    dimensions.set(key, { width, height });
  }
  return dimensions.get(key) ?? { width: 0, height: 0 };
}

type Filter = { topic?: string; model?: string };
/** What one library item must show, in the order the library lists them. */
async function expectedLibrary(locale: Locale, filter: Filter = {}) {
  const t = messages(locale).media;
  const items = [];
  for (const release of releases) {
    const version = release.versions.get(locale) ?? english(release);
    if (filter.topic && !version.topics.some((topic) => topic === filter.topic)) continue;
    if (filter.model && !version.models.some((model) => model === filter.model)) continue;
    for (const image of [version.hero, ...version.gallery]) {
      const { width, height } = await pixels(release.folder, image.file);
      const bytes = readFileSync(`content/releases/${release.folder}/${image.file}`).byteLength;
      items.push({
        id: `${release.slug}/${image.file}`,
        caption: image.caption,
        credit: image.credit,
        usage: t.usageTerms[image.usage],
        pixels: t.pixels.replace('{dimensions}', formatPixels(locale, width, height)),
        size: formatFileSize(locale, bytes),
        download: `/media/${release.slug}/${image.file}`,
        release: version.title,
      });
    }
  }
  return items;
}

/**
 * The items of a library listing, across all its pages (following rel=next, as a reader would). Read from the
 * document: the thumbnails need not have loaded (the test below checks them), and waiting for them made this test
 * wait on cold image resizing done for other tests at the same time.
 */
async function libraryItems(page: Page, path: string) {
  const items = [];
  let next: string | null = path;
  while (next) {
    expect((await page.goto(next, { waitUntil: 'domcontentloaded' }))?.status(), next).toBe(200);
    items.push(
      ...(await page.locator('[data-media-item]').evaluateAll((nodes) =>
        nodes.map((node) => ({
          id: node.getAttribute('data-media-item'),
          caption: node.querySelector('h2')?.textContent,
          credit: node.querySelector('dd')?.textContent,
          usage: node.querySelector('[data-usage]')?.textContent,
          pixels: node.querySelectorAll('dd')[node.querySelectorAll('dd').length - 2]?.textContent,
          size: node.querySelector('[data-bytes]')?.textContent,
          download: node.querySelector('a[download]')?.getAttribute('href'),
          release: node.querySelector('a:not([download])')?.textContent,
        })),
      )),
    );
    const older = page.locator('a[rel="next"]');
    next = (await older.count()) > 0 ? await older.getAttribute('href') : null;
  }
  return items;
}

test('every release has a hero, another image and an attachment on disk', () => {
  expect(releases.length).toBeGreaterThan(10);
  for (const release of releases) {
    for (const version of release.versions.values()) {
      expect(version.gallery.length, release.folder).toBeGreaterThan(0);
      expect(version.attachments.length, release.folder).toBeGreaterThan(0);
    }
  }
});

for (const locale of locales) {
  test(`/${locale}/media lists every image of every public release, newest first, with its facts`, async ({ page }) => {
    // It walks every page of the library (three in English), each a full page load: more than one page's budget.
    test.setTimeout(90_000);
    const expected = await expectedLibrary(locale);
    expect(await libraryItems(page, `/${locale}/media`)).toEqual(expected);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', new RegExp(`^/${locale}/media(/page/\\d+)?$`));
    await expectLanguage(page, locale);
    await expect(
      page
        .getByRole('navigation', { name: messages(locale).nav.main })
        .getByRole('link', { name: messages(locale).nav.media, exact: true }),
    ).toHaveAttribute('aria-current', 'page');
  });
}

test('the topic and model filters list exactly their images, with counts and paging', async ({ page }) => {
  const t = messages('de');
  const markets = await expectedLibrary('de', { topic: 'markets' });
  expect(markets.length).toBeGreaterThan(0);
  expect(await libraryItems(page, '/de/media/topic/markets')).toEqual(markets);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    t.media.topicTitle.replace('{label}', t.topics.markets),
  );
  const smart5 = await expectedLibrary('de', { model: 'smart-5' });
  expect(smart5.length).toBeGreaterThan(0);
  expect(await libraryItems(page, '/de/media/model/smart-5')).toEqual(smart5);

  await page.goto('/de/media');
  const filters = page.getByRole('navigation', { name: t.media.filters });
  const modelLink = filters.getByRole('link', { name: new RegExp(`^${t.models['smart-5']}\\s+\\d+$`) });
  await expect(modelLink).toHaveText(new RegExp(`${smart5.length}$`));
  await modelLink.click();
  await expect(page).toHaveURL(/\/de\/media\/model\/smart-5$/);
  await expect(filters.getByRole('link', { name: new RegExp(`^${t.models['smart-5']}`) })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await page.goto('/en/media/page/2');
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/en/media');
  for (const path of [
    '/en/media/page/1',
    '/en/media/page/0',
    '/en/media/page/999',
    '/en/media/topic/cars',
    '/en/media/model/smart-5/page/99',
    '/en/media/year/2025',
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test('thumbnails are next/image with sizes and dimensions, and the optimizer reads the originals', async ({
  page,
  request,
}) => {
  await page.goto('/en/media');
  const image = page.locator('[data-media-item] img').first();
  await expect(image).toHaveAttribute('sizes', /33vw/);
  await expect(image).toHaveAttribute('width', /^\d+$/);
  await expect(image).toHaveAttribute('height', /^\d+$/);
  const src = await image.getAttribute('src');
  expect(src).toMatch(/^\/_next\/image\?url=%2Fmedia%2F/);
  const optimized = await request.get(src ?? '', { headers: { Accept: 'image/webp,image/*' } });
  expect(optimized.status()).toBe(200);
  expect(optimized.headers()['content-type']).toBe('image/webp');
});

async function expectDownload(response: APIResponse, type: string, bytes: Buffer | Uint8Array) {
  expect(response.status(), response.url()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe(type);
  expect(headers['transfer-encoding']).toBeUndefined();
  expect(Number(headers['content-length'])).toBe(bytes.byteLength);
  const body = await response.body();
  expect(body.byteLength).toBe(bytes.byteLength);
  expect(Buffer.compare(body, Buffer.from(bytes))).toBe(0);
}

test('originals download unchanged with type and exact length, from the library and the release page', async ({
  page,
  request,
}) => {
  const release = releases.find((r) => r.slug === everywhereSlug);
  if (!release) throw new Error(`no ${everywhereSlug}`);
  const version = english(release);
  await page.goto(`/en/releases/${everywhereSlug}`);
  for (const image of [version.hero, ...version.gallery]) {
    const disk = readFileSync(`content/releases/${release.folder}/${image.file}`);
    const { width, height } = await pixels(release.folder, image.file);
    const name = messages('en')
      .media.download.replace('{dimensions}', formatPixels('en', width, height))
      .replace('{size}', formatFileSize('en', disk.byteLength));
    const link = page.getByRole('link', { name, exact: true }).first();
    await expect(link).toHaveAttribute('href', `/media/${everywhereSlug}/${image.file}`);
    await expect(link).toHaveAttribute('download', `smart-${everywhereSlug}-${image.file}`);
    await expectDownload(
      await request.get(`/media/${everywhereSlug}/${image.file}`, { headers: { 'Accept-Encoding': 'identity' } }),
      'image/jpeg',
      disk,
    );
    const head = await request.head(`/media/${everywhereSlug}/${image.file}`);
    expect(head.headers()['content-length']).toBe(String(disk.byteLength));
  }

  const downloads = page.getByRole('region', { name: messages('en').media.downloads });
  const attachment = version.attachments[0];
  if (!attachment) throw new Error('no attachment');
  const pdf = readFileSync(`content/releases/${release.folder}/${attachment.file}`);
  await expect(
    downloads.getByRole('link', { name: `${attachment.title} PDF, ${formatFileSize('en', pdf.byteLength)}` }),
  ).toHaveAttribute('href', `/media/${everywhereSlug}/${attachment.file}`);
  await expectDownload(await request.get(`/media/${everywhereSlug}/${attachment.file}`), 'application/pdf', pdf);

  await page.goto('/en/media');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-media-item] a[download]').first().click(),
  ]);
  const first = releases[0];
  expect(download.suggestedFilename()).toBe(`smart-${first?.slug}-${first ? english(first).hero.file : ''}`);
});

/** Checks one press kit against the content: file list, bytes, and the manifest's facts for each image. */
async function expectPressKit(response: APIResponse, release: OnDisk, locale: Locale) {
  const version = release.versions.get(locale);
  if (!version) throw new Error(`${release.slug} has no ${locale}`);
  expect(response.status(), response.url()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe('application/zip');
  expect(headers['content-disposition']).toBe(`attachment; filename="smart-${release.slug}-${locale}.zip"`);
  const zip = await response.body();
  expect(Number(headers['content-length'])).toBe(zip.byteLength);
  const files = unzipSync(new Uint8Array(zip));
  const images = [version.hero, ...version.gallery];
  expect(Object.keys(files).sort()).toEqual(
    [
      'release.md',
      'release.txt',
      'manifest.json',
      'manifest.txt',
      ...images.map((i) => `images/${i.file}`),
      ...version.attachments.map((a) => `attachments/${a.file}`),
    ].sort(),
  );
  for (const image of images)
    expect(
      Buffer.compare(
        Buffer.from(files[`images/${image.file}`] ?? []),
        readFileSync(`content/releases/${release.folder}/${image.file}`),
      ),
    ).toBe(0);
  expect(strFromU8(files['release.md'] ?? new Uint8Array())).toContain(`# ${version.title}`);
  expect(strFromU8(files['release.txt'] ?? new Uint8Array()).startsWith(`${version.title}\n\n`)).toBe(true);
  const manifest: unknown = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()));
  expect(manifest).toMatchObject({
    release: { slug: release.slug, locale, title: version.title },
    files: expect.arrayContaining(
      images.map((image) =>
        expect.objectContaining({
          path: `images/${image.file}`,
          caption: image.caption,
          credit: image.credit,
          usage: image.usage,
          usageLabel: messages(locale).media.usageTerms[image.usage],
          alt: image.alt,
          bytes: files[`images/${image.file}`]?.byteLength,
        }),
      ),
    ),
  });
  const text = strFromU8(files['manifest.txt'] ?? new Uint8Array());
  for (const image of images) for (const fact of [image.caption, image.credit, image.alt]) expect(text).toContain(fact);
  return zip.byteLength;
}

test('the release page links its press kit with its size; the kit downloads and unzips with a correct manifest', async ({
  page,
  request,
}) => {
  for (const locale of ['en', 'ar'] as const) {
    const release = releases.find((r) => r.slug === everywhereSlug);
    if (!release) throw new Error(`no ${everywhereSlug}`);
    await page.goto(`/${locale}/releases/${everywhereSlug}`);
    const link = page.getByRole('region', { name: messages(locale).media.downloads }).locator('a[data-press-kit]');
    await expect(link).toHaveAttribute('href', `/${locale}/press-kits/${everywhereSlug}.zip`);
    await expect(link).toContainText(messages(locale).media.pressKit);
    const bytes = await expectPressKit(
      await request.get(`/${locale}/press-kits/${everywhereSlug}.zip`, { headers: { 'Accept-Encoding': 'identity' } }),
      release,
      locale,
    );
    await expect(link).toContainText(formatFileSize(locale, bytes));
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`smart-${everywhereSlug}-${locale}.zip`);
  }
});

test('every release has a press kit in each of its languages, and none where it is not translated', async ({
  request,
}) => {
  for (const release of releases) {
    for (const locale of locales) {
      const response = await request.get(`/${locale}/press-kits/${release.slug}.zip`);
      if (release.versions.has(locale)) await expectPressKit(response, release, locale);
      else expect(response.status(), `${locale}/${release.slug}`).toBe(404);
    }
  }
  expect(releases.find((r) => r.slug === partlyTranslatedSlug)?.versions.has('fr')).toBe(false);
});

test('hostile and unknown ids answer 404 and never a file', async ({ request }) => {
  const paths = [
    `/media/${everywhereSlug}/nope.jpg`,
    `/media/${everywhereSlug}/index.en.md`,
    `/media/${everywhereSlug}/..%2F..%2Fpackage.json`,
    `/media/${everywhereSlug}/%2e%2e%2findex.en.md`,
    `/media/${everywhereSlug}/%2Fetc%2Fpasswd`,
    `/media/${everywhereSlug}/..%5C..%5Cpackage.json`,
    `/media/${everywhereSlug}/hero.jpg%00.md`,
    `/media/..%2F${everywhereSlug}/hero.jpg`,
    '/media/2025-07-15-first-half-2025/hero.jpg',
    '/media/unknown/hero.jpg',
    `/api/downloads/media/${everywhereSlug}/hero.jpg`,
    '/en/press-kits/unknown.zip',
    `/en/press-kits/..%2F${everywhereSlug}.zip`,
    `/en/press-kits/${everywhereSlug}.ZIP`,
    `/en/press-kits/${everywhereSlug}`,
    `/en/press-kits/%2e%2e%2f${everywhereSlug}.zip`,
    `/xx/press-kits/${everywhereSlug}.zip`,
    `/fr/press-kits/${partlyTranslatedSlug}.zip`,
    `/api/downloads/press-kits/en/${everywhereSlug}.zip`,
  ];
  // (Plain ../ and %2e%2e segments never reach the server: URL parsing resolves them in the client.)
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'] ?? '', path).not.toMatch(/image|zip|pdf|markdown|json/);
  }
});

for (const locale of ['en', 'ar'] as const) {
  test(`the media library passes axe in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/media`);
    await expectAccessible(page);
  });
}
