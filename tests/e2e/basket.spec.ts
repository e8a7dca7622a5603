import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { formatFileSize } from '../../lib/media/format';
import { exifToolMissing, readTags } from '../support/exiftool';
import { english, findRelease, releases } from '../support/sample-releases';
import { everywhereSlug, expectAccessible, locales, messages, type Locale } from '../support/site';

/**
 * The download basket as a journalist uses it: collect images and a document from several releases and the media
 * library with the keyboard, choose a size, download one ZIP, and find the credits inside every file.
 */

const galleryRelease = 'keith-haring-art-car';
const libraryRelease = releases.find((r) => r.slug !== everywhereSlug && r.slug !== galleryRelease);
if (!libraryRelease) throw new Error('the sample content has too few releases');
const libraryKey = `${libraryRelease.slug}/${english(libraryRelease).hero.file}`;
const missing = exifToolMissing();
const unknownKey = 'no-such-release/hero.jpg:original';

const plural = (message: string, count: number) =>
  message.replace(/\{count, plural, .*\}/, count === 1 ? `${count} item` : `${count} items`);

/** Presses an add button with the keyboard and waits for it to say what it did. */
async function addWithKeyboard(page: Page, fileKey: string, key: 'Enter' | 'Space' = 'Enter') {
  const button = page.locator(`[data-basket-add="${fileKey}"]`).first();
  await button.focus();
  await page.keyboard.press(key);
  await expect(button).toHaveAttribute('data-in-basket', 'true');
}

/** A form body with a repeated field, as the basket page's form sends it. */
const formBody = (locale: string, items: readonly string[]) =>
  [`locale=${locale}`, ...items.map((item) => `item=${encodeURIComponent(item)}`)].join('&');
const postForm = (request: APIRequestContext, locale: string, items: readonly string[]) =>
  request.post('/api/basket/download', {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    data: formBody(locale, items),
    maxRedirects: 0,
  });

/** manifest.csv's rows as records by column name (RFC 4180: quoted cells may hold commas, quotes and line ends). */
function csvRows(text: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  const cell = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/gy;
  const body = text.replace(/^\uFEFF/, '');
  for (let match = cell.exec(body); match && cell.lastIndex <= body.length; match = cell.exec(body)) {
    const [, raw = '', end] = match;
    rows.at(-1)?.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (end === '\r\n') rows.push([]);
    if (end === '' || cell.lastIndex >= body.length) break;
  }
  const [header = [], ...data] = rows.filter((row) => row.length > 1);
  return data.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** Submits the basket page's form with the keyboard; the ZIP, its Content-Length and its files. */
async function downloadBasket(page: Page, locale: Locale) {
  const button = page.getByRole('button', { name: messages(locale).basket.download });
  await button.focus();
  const [download, response] = await Promise.all([
    page.waitForEvent('download'),
    page.waitForResponse((r) => r.url().endsWith('/api/basket/download')),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^smart-newsroom-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = readFileSync(await download.path());
  expect(Number((await response.allHeaders())['content-length'])).toBe(zip.byteLength);
  return unzipSync(new Uint8Array(zip));
}

/** The path a stored key gets in the ZIP (lib/basket/download.ts). */
function zipPath(key: string) {
  const [, slug = '', file = '', rendition = ''] = /^([^/]+)\/([^:]+):(.+)$/.exec(key) ?? [];
  return rendition === 'original' ? `${slug}/${file}` : `${slug}/${file.replace(/\.[a-z]+$/, '')}-${rendition}.jpg`;
}

test('a basket collected with the keyboard from two releases and the media library downloads as one credited ZIP', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const t = messages('en').basket;
  await page.goto(`/en/releases/${everywhereSlug}`);
  await addWithKeyboard(page, `${everywhereSlug}/hero.jpg`);
  const hero = english(findRelease(everywhereSlug));
  await expect(page.locator('figure').first().locator('[aria-live]')).toHaveText(
    `Added: ${hero.hero.caption}. Basket: 1 item.`,
  );
  await addWithKeyboard(page, `${everywhereSlug}/fact-sheet.pdf`, 'Space');
  await page.goto(`/en/releases/${galleryRelease}`);
  await addWithKeyboard(page, `${galleryRelease}/gallery-1.jpg`);
  await page.goto('/en/media');
  await addWithKeyboard(page, libraryKey);

  const link = page.getByRole('link', { name: plural(t.link, 4), exact: true });
  await expect(link).toBeVisible();
  await page.reload();
  await expect(link).toBeVisible();

  await link.focus();
  await Promise.all([page.waitForURL('/en/basket'), page.keyboard.press('Enter')]);
  const items = page.locator('[data-basket-item]');
  await expect(items).toHaveCount(4);
  await expect(items.locator('h2')).toHaveText([
    hero.hero.caption,
    'Fact sheet (English)',
    /Keith Haring/,
    english(libraryRelease).hero.caption,
  ]);

  // Square 1:1 for the hero, chosen with the keyboard in its labelled list of sizes.
  const heroItem = items.first();
  const size = heroItem.getByRole('combobox', { name: t.renditionLabel });
  const original = Number(await size.getAttribute('data-bytes'));
  await size.focus();
  await page.keyboard.type('Square');
  await expect(heroItem).toHaveAttribute('data-basket-item', `${everywhereSlug}/hero.jpg:1x1`);
  const square = Number(await size.getAttribute('data-bytes'));
  expect(square).not.toBe(original);
  await expect(size.locator('option:checked')).toHaveText(
    `Square 1:1, JPG, 2000 × 2000 px, ${formatFileSize('en', square)}`,
  );
  const shown = new Map<string, number>();
  for (const item of await items.all()) {
    const key = (await item.getAttribute('data-basket-item')) ?? '';
    shown.set(zipPath(key), Number(await item.getByRole('combobox').getAttribute('data-bytes')));
  }
  const total = [...shown.values()].reduce((a, b) => a + b, 0);
  await expect(page.locator('#basket-totals')).toHaveText(`4 items, ${formatFileSize('en', total)}`);

  const files = await downloadBasket(page, 'en');
  expect(Object.keys(files).sort()).toEqual(
    [
      `${everywhereSlug}/hero-1x1.jpg`,
      `${everywhereSlug}/fact-sheet.pdf`,
      `${galleryRelease}/gallery-1.jpg`,
      libraryKey,
      'manifest.csv',
      'README.txt',
    ].sort(),
  );
  const rows = csvRows(strFromU8(files['manifest.csv'] ?? new Uint8Array()));
  expect(rows.map((row) => row.path).sort()).toEqual([...shown.keys()].sort());
  for (const row of rows) {
    expect(Number(row.bytes), row.path).toBe(files[row.path ?? '']?.byteLength);
    expect(Number(row.bytes), row.path).toBe(shown.get(row.path ?? ''));
  }
  const readme = strFromU8(files['README.txt'] ?? new Uint8Array());
  expect(readme).toContain(t.readme.embedded);
  expect(readme).toContain(hero.hero.caption);
  if (missing) test.info().annotations.push({ type: 'skipped ExifTool checks', description: missing });
  else
    for (const path of Object.keys(files).filter((p) => p.endsWith('.jpg'))) {
      const tags = await readTags(files[path] ?? new Uint8Array());
      expect(tags['IPTC:Credit'], path).toBe('smart Automobile Co., Ltd.');
      expect(tags['IPTC:CopyrightNotice'], path).toEqual(expect.stringContaining('smart'));
      expect(tags['XMP-xmpRights:UsageTerms'], path).toBe(messages('en').media.usageTerms.editorial);
    }
});

test('in Arabic the basket speaks Arabic and its README is in Arabic', async ({ page }) => {
  const t = messages('ar').basket;
  await page.goto(`/ar/releases/${everywhereSlug}`);
  await addWithKeyboard(page, `${everywhereSlug}/hero.jpg`);
  const link = page.getByRole('link', { name: 'السلة، عنصر واحد', exact: true });
  await link.focus();
  await Promise.all([page.waitForURL('/ar/basket'), page.keyboard.press('Enter')]);
  await expect(page.locator('[data-basket-item]')).toHaveCount(1);
  const files = await downloadBasket(page, 'ar');
  expect(Object.keys(files).sort()).toEqual([`${everywhereSlug}/hero.jpg`, 'README.txt', 'manifest.csv'].sort());
  const readme = strFromU8(files['README.txt'] ?? new Uint8Array());
  expect(readme).toContain(t.readme.embedded);
  expect(readme.split('\n')[0]).toBe(t.readme.title.replace('{site}', messages('ar').meta.siteName));
});

test('removing an item moves focus to the next heading and says what is left', async ({ page }) => {
  await page.goto('/en/basket');
  await seed(page, [`${everywhereSlug}/hero.jpg:original`, `${everywhereSlug}/fact-sheet.pdf:original`]);
  const items = page.locator('[data-basket-item]');
  await expect(items).toHaveCount(2);
  await items.first().getByRole('button', { name: 'Remove' }).focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(1);
  await expect(items.first().locator('h2')).toBeFocused();
  await expect(page.getByRole('status')).toHaveText(/^Removed: .+\. 1 item, [\d.]+ [kM]B$/);
  await items.first().getByRole('button', { name: 'Remove' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText(messages('en').basket.empty)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Basket', exact: true })).toBeVisible();
});

test('while the facts load the basket says so, and says so again when they cannot be had', async ({ page }) => {
  const t = messages('en').basket;
  await page.goto('/en/basket');
  let answer: () => void = () => {};
  const held = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/api/basket/items', async (route) => {
    await held;
    await route.continue();
  });
  await seed(page, [`${everywhereSlug}/hero.jpg:original`]);
  await expect(page.getByRole('status')).toHaveText(t.loading);
  answer();
  await expect(page.locator('[data-basket-item]')).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('');

  await page.unroute('**/api/basket/items');
  await page.route('**/api/basket/items', (route) => route.fulfill({ status: 503, body: 'busy' }));
  await page.reload();
  await expect(page.getByRole('status')).toHaveText(t.loadFailed);
  await expect(page.locator('[data-basket-item]')).toHaveCount(0);
});

/** Stores a basket of these keys in the page's origin and reloads. */
async function seed(page: Page, keys: readonly string[]) {
  await page.evaluate((list) => {
    const items = list.map((key) => {
      const [, slug, file, rendition] = /^([^/]+)\/([^:]+):(.+)$/.exec(key) ?? [];
      return { slug, file, rendition, added: '2026-12-05T12:00:00.000Z' };
    });
    localStorage.setItem('smart-newsroom:basket', JSON.stringify({ v: 1, items }));
  }, keys);
  await page.reload();
}

test('a download naming an unknown item gets the rest, and its README names the unknown key', async ({ request }) => {
  const response = await postForm(request, 'en', [unknownKey, `${everywhereSlug}/hero.jpg:web`]);
  expect(response.status()).toBe(200);
  const files = unzipSync(new Uint8Array(await response.body()));
  expect(Object.keys(files).sort()).toEqual([`${everywhereSlug}/hero-web.jpg`, 'README.txt', 'manifest.csv'].sort());
  expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toContain(`No longer available: ${unknownKey}`);
});

test('a download of nothing available goes back to the basket, which says so', async ({ page, request }) => {
  const response = await postForm(request, 'en', [unknownKey]);
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toBe('/en/basket?refused=all');
  await page.goto('/en/basket');
  await seed(page, [unknownKey]);
  await page.goto('/en/basket?refused=all');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(messages('en').basket.refusedTitle);
  await expect(page.locator('[data-refused]')).toHaveText(`No longer available: ${unknownKey}`);
  await page.getByRole('button', { name: messages('en').basket.removeUnavailable }).click();
  await expect(page.getByText(messages('en').basket.empty)).toBeVisible();
});

test('the caps: 81 items are refused by both handlers, and the page says why', async ({ page, request }) => {
  const keys = Array.from({ length: 81 }, (_, i) => `release-${i}/hero.jpg:original`);
  const facts = await request.post('/api/basket/items', { data: { locale: 'en', items: keys } });
  expect(facts.status()).toBe(400);
  expect(await facts.json()).toEqual({ errors: ['a basket holds at most 80 items'] });
  const download = await postForm(request, 'en', keys);
  expect(download.status()).toBe(303);
  expect(download.headers()['location']).toBe('/en/basket?over=items');
  await page.goto('/de/basket?over=items');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    messages('de').basket.overItems.replace('{max}', '80'),
  );
});

test('the basket handlers refuse other methods, malformed keys and large bodies, never with a 5xx', async ({
  request,
}) => {
  for (const action of ['items', 'download']) {
    const response = await request.get(`/api/basket/${action}`);
    expect(response.status(), action).toBe(405);
    expect(response.headers()['allow'], action).toBe('POST');
  }
  for (const key of ['../etc/passwd:original', 'a/b/c.jpg:original', 'x/hero.jpg:5x4', 'x/%2Fhero.jpg:web', 42]) {
    const response = await request.post('/api/basket/items', { data: { locale: 'en', items: [key] } });
    expect(response.status(), String(key)).toBe(400);
    expect(response.headers()['content-type'], String(key)).toBe('application/json; charset=utf-8');
    expect((await response.json()).errors, String(key)).toHaveLength(1);
  }
  expect((await request.post('/api/basket/items', { data: { locale: 'xx', items: [] } })).status()).toBe(400);
  const large = { locale: 'en', items: ['x'.repeat(65 * 1024)] };
  expect((await request.post('/api/basket/items', { data: large })).status()).toBe(413);
  const form = await request.post('/api/basket/download', {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    data: `locale=en&item=${'x'.repeat(65 * 1024)}`,
  });
  expect(form.status()).toBe(413);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the add buttons are hidden and the basket page says what to use instead', async ({ page }) => {
    await page.goto(`/en/releases/${everywhereSlug}`);
    await expect(page.locator('[data-basket-add]').first()).toBeHidden();
    await page.goto('/en/basket');
    await expect(page.getByText(messages('en').basket.noScript)).toBeVisible();
  });
});

for (const locale of locales) {
  test(`the basket page passes axe empty, with items and with a refusal in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/basket`);
    await expect(page.getByText(messages(locale).basket.empty)).toBeVisible();
    await expectAccessible(page);
    await seed(page, [`${everywhereSlug}/hero.jpg:original`, `${everywhereSlug}/fact-sheet.pdf:original`]);
    await expect(page.locator('[data-basket-item]')).toHaveCount(2);
    await expectAccessible(page);
    await seed(page, [`${everywhereSlug}/hero.jpg:web`, unknownKey]);
    await expect(page.locator('[data-refused]')).toHaveCount(1);
    await expectAccessible(page);
  });
}
