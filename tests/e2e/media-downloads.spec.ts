import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type APIResponse } from '@playwright/test';
import { formatFileSize, formatPixels } from '../../lib/media/format';
import { english, findRelease, pixels, releases, type OnDisk } from '../support/sample-releases';
import { everywhereSlug, locales, messages, partlyTranslatedSlug, type Locale } from '../support/site';

/** What a journalist takes away: originals and attachments byte for byte, and press kits with their manifests. */

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
  const release = findRelease(everywhereSlug);
  const version = english(release);
  await page.goto(`/en/releases/${everywhereSlug}`);
  // The sizes in words, spelled out once for the hero (3000 × 2000 pixels, 75,900 bytes).
  await expect(
    page.getByRole('link', { name: 'Download original (3000 × 2000, 76 kB)', exact: true }).first(),
  ).toHaveAttribute('href', `/media/${everywhereSlug}/hero.jpg`);
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
    const release = findRelease(everywhereSlug);
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
