import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { formatFileSize, formatPixels } from '../../lib/media/format';
import { exifToolMissing, readTags } from '../support/exiftool';
import { messages, everywhereSlug } from '../support/site';

/** Renditions: the web size and the crops of every release image, each download saying its pixels and bytes. */

// The sample heroes are 3000 × 2000: the sizes each rendition promises from that (lib/media/renditions/spec.ts).
const promised = [
  ['web', 2048, 1365],
  ['1x1', 2000, 2000],
  ['4x5', 1600, 2000],
  ['16x9', 2048, 1152],
] as const;
const hero = `/media/${everywhereSlug}/hero.jpg`;
const missing = exifToolMissing();

test('each rendition of a hero downloads in its promised size, with the size its link states and its credit inside', async ({
  page,
  request,
}) => {
  await page.goto(`/en/releases/${everywhereSlug}`);
  const figure = page.locator('figure').first();
  // Keyboard: the sizes are behind a disclosure, opened with Enter.
  await figure.getByText(messages('en').media.otherSizes, { exact: true }).focus();
  await page.keyboard.press('Enter');
  for (const [rendition, width, height] of promised) {
    const link = figure.locator(`a[data-rendition="${rendition}"]`);
    await expect(link).toBeVisible();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^${hero}/${rendition}\\.[0-9a-f]{10}\\.jpg$`));
    await expect(link).toHaveAttribute('download', `smart-${everywhereSlug}-hero-${rendition}.jpg`);

    const response = await request.get(href, { headers: { 'Accept-Encoding': 'identity' } });
    expect(response.status(), href).toBe(200);
    const headers = response.headers();
    expect(headers['content-type']).toBe('image/jpeg');
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headers['transfer-encoding']).toBeUndefined();
    const body = await response.body();
    expect(Number(headers['content-length'])).toBe(body.byteLength);
    expect((await request.head(href)).headers()['content-length']).toBe(String(body.byteLength));
    expect(await link.getAttribute('data-bytes')).toBe(String(body.byteLength));
    const name = messages('en')
      .media.renditionDownload.replace('{name}', messages('en').media.renditions[rendition])
      .replace('{type}', 'JPG')
      .replace('{dimensions}', formatPixels('en', width, height))
      .replace('{size}', formatFileSize('en', body.byteLength));
    await expect(link).toHaveText(name);
    expect(await sharp(body).metadata()).toMatchObject({ format: 'jpeg', width, height, space: 'srgb' });
    if (!missing)
      expect(await readTags(body)).toMatchObject({
        'IPTC:Credit': 'smart Automobile Co., Ltd.',
        'XMP-xmpRights:UsageTerms': messages('en').media.usageTerms.editorial,
        'ExifTool:Validate': 'OK',
      });
  }
  if (missing) test.info().annotations.push({ type: 'skipped ExifTool checks', description: missing });
});

test('a rendition’s stable name and a stale version redirect to the current file; other methods are refused', async ({
  page,
  request,
}) => {
  await page.goto(`/en/media`);
  const item = page.locator('[data-media-item]').first();
  const key = (await item.getAttribute('data-media-item')) ?? '';
  await item.getByText(messages('en').media.otherSizes, { exact: true }).click();
  const current = (await item.locator('a[data-rendition="16x9"]').getAttribute('href')) ?? '';
  expect(current).toMatch(new RegExp(`^/media/${key}/16x9\\.[0-9a-f]{10}\\.jpg$`));
  for (const old of [`/media/${key}/16x9`, `/media/${key}/16x9.0000000000.jpg`]) {
    const response = await request.get(old, { maxRedirects: 0 });
    expect(response.status(), old).toBe(308);
    expect(response.headers()['location'], old).toBe(current);
    expect(response.headers()['cache-control'], old).toBe('public, max-age=60, s-maxage=60');
  }
  expect((await request.post(current)).status()).toBe(405);
});

test('no rendition of anything that is not a public image: the same 404 as an unknown name', async ({ request }) => {
  const unknown = await request.get('/media/no-such-release/hero.jpg/web');
  expect(unknown.status()).toBe(404);
  const body = await unknown.text();
  for (const url of [
    `/media/${everywhereSlug}/fact-sheet.pdf/web`,
    `/media/${everywhereSlug}/nope.jpg/1x1`,
    `/api/downloads/renditions/${everywhereSlug}/hero.jpg/web`,
    `${hero}/5x4`,
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(404);
    expect(await response.text(), url).toBe(body);
  }
});
