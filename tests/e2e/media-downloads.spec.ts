import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type APIResponse } from '@playwright/test';
import { formatFileSize, formatPixels } from '../../lib/media/format';
import { exifToolMissing, readTags } from '../support/exiftool';
import { jpegHeader } from '../support/jpeg-header';
import { english, findRelease, pixels, releases, type OnDisk } from '../support/sample-releases';
import { everywhereSlug, locales, messages, partlyTranslatedSlug, type Locale } from '../support/site';

/** What a journalist takes away: originals and attachments byte for byte, and press kits with their manifests. */

/**
 * A picture as delivered: its credit and terms written into the file, its image data (everything from the first
 * table on) byte for byte the original's, with its exact length. Returns the bytes.
 */
async function expectPicture(response: APIResponse, disk: Buffer): Promise<Buffer> {
  expect(response.status(), response.url()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe('image/jpeg');
  expect(headers['transfer-encoding']).toBeUndefined();
  const body = await response.body();
  expect(Number(headers['content-length'])).toBe(body.byteLength);
  expect(Buffer.compare(Buffer.from(jpegHeader(body).rest), Buffer.from(jpegHeader(disk).rest))).toBe(0);
  expect(jpegHeader(body).segments).toContain('APP13 Photoshop 3.0');
  return body;
}

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

test('originals download with their image data unchanged, type and exact length, from the library and the release page', async ({
  page,
  request,
}) => {
  const release = findRelease(everywhereSlug);
  const version = english(release);
  await page.goto(`/en/releases/${everywhereSlug}`);
  // The sizes in words, spelled out once for the hero (3000 × 2000 pixels; 75,900 bytes on disk, a little more
  // with its credit and terms inside).
  await expect(
    page.getByRole('link', { name: /^Download original \(3000 × 2000, 7[6-9] kB\)$/ }).first(),
  ).toHaveAttribute('href', `/media/${everywhereSlug}/hero.jpg`);
  for (const image of [version.hero, ...version.gallery]) {
    const disk = readFileSync(`content/releases/${release.folder}/${image.file}`);
    const delivered = await expectPicture(
      await request.get(`/media/${everywhereSlug}/${image.file}`, { headers: { 'Accept-Encoding': 'identity' } }),
      disk,
    );
    const { width, height } = await pixels(release.folder, image.file);
    const name = messages('en')
      .media.download.replace('{dimensions}', formatPixels('en', width, height))
      .replace('{size}', formatFileSize('en', delivered.byteLength));
    const link = page.getByRole('link', { name, exact: true }).first();
    await expect(link).toHaveAttribute('href', `/media/${everywhereSlug}/${image.file}`);
    await expect(link).toHaveAttribute('download', `smart-${everywhereSlug}-${image.file}`);
    const head = await request.head(`/media/${everywhereSlug}/${image.file}`);
    expect(head.headers()['content-length']).toBe(String(delivered.byteLength));
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
      // Videos: the film (the samples are far below the kit's 50 MB), its poster and the kit language's captions.
      ...version.videos.flatMap((v) => [v.file, v.poster, v.captions].map((file) => `videos/${file}`)),
    ].sort(),
  );
  for (const video of version.videos) {
    const film = readFileSync(`content/releases/${release.folder}/${video.file}`);
    expect(Buffer.compare(Buffer.from(files[`videos/${video.file}`] ?? []), film), video.file).toBe(0);
  }
  for (const image of images) {
    const inKit = files[`images/${image.file}`] ?? new Uint8Array();
    const disk = readFileSync(`content/releases/${release.folder}/${image.file}`);
    expect(Buffer.compare(Buffer.from(jpegHeader(inKit).rest), Buffer.from(jpegHeader(disk).rest))).toBe(0);
  }
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

test('every picture the site delivers carries its credit, terms and release inside the file', async ({ request }) => {
  const missing = exifToolMissing();
  test.skip(missing !== undefined, missing);
  const release = findRelease(everywhereSlug);
  const hero = english(release).hero;
  const rightsOf = async (path: string) => readTags(await (await request.get(path)).body());
  const expected = (locale: Locale) => {
    const version = release.versions.get(locale);
    if (!version) throw new Error(`${everywhereSlug} has no ${locale}`);
    return {
      'XMP-photoshop:Headline': version.title,
      'XMP-photoshop:Credit': version.hero.credit,
      'IPTC:Credit': version.hero.credit,
      'XMP-dc:Rights': `© ${version.publishedAt.slice(0, 4)} ${version.hero.credit}`,
      'XMP-xmpRights:WebStatement': expect.stringMatching(new RegExp(`/${locale}/releases/${everywhereSlug}$`)),
      'XMP-photoshop:Source': 'smart Newsroom',
      'XMP-xmpRights:UsageTerms': expect.stringContaining(messages(locale).media.usageTerms[version.hero.usage]),
    };
  };
  // The original and its crops state the rights in English, the file being the same in every language.
  expect(await rightsOf(`/media/${everywhereSlug}/${hero.file}`)).toMatchObject(expected('en'));
  expect(await rightsOf(`/media/${everywhereSlug}/${hero.file}/16x9`)).toMatchObject(expected('en'));
  // A press kit's pictures state them in the kit's language.
  const kit = unzipSync(new Uint8Array(await (await request.get(`/ar/press-kits/${everywhereSlug}.zip`)).body()));
  expect(await readTags(kit[`images/${hero.file}`] ?? new Uint8Array())).toMatchObject(expected('ar'));
});
