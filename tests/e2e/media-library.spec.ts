import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { formatFileSize, formatPixels } from '../../lib/media/format';
import { readMp4 } from '../../lib/video/mp4';
import { deliveredSize, english, pixels, releases } from '../support/sample-releases';
import { expectAccessible, expectLanguage, locales, messages, type Locale } from '../support/site';

/** The media library as a journalist browses it: every image and video with its facts, filters, paging and thumbnails. */

/** A film's picture size, read from its MP4 index. */
const filmPixels = (folder: string, file: string) =>
  readMp4(`content/releases/${folder}/${file}`).tracks.find((track) => track.kind === 'video') ?? {
    width: 0,
    height: 0,
  };

type Filter = { topic?: string; model?: string };
/** What one library item must show, in the order the library lists them. */
async function expectedLibrary(request: APIRequestContext, locale: Locale, filter: Filter = {}) {
  const t = messages(locale).media;
  const items = [];
  for (const release of releases) {
    const version = release.versions.get(locale) ?? english(release);
    if (filter.topic && !version.topics.some((topic) => topic === filter.topic)) continue;
    if (filter.model && !version.models.some((model) => model === filter.model)) continue;
    for (const image of [version.hero, ...version.gallery]) {
      const { width, height } = await pixels(release.folder, image.file);
      const bytes = await deliveredSize(request, release.slug, image.file);
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
    // Then the release's videos, each named by its full-HD film, with that film's pixels and size.
    for (const video of version.videos) {
      const { width, height } = filmPixels(release.folder, video.file);
      items.push({
        id: `${release.slug}/${video.file}`,
        caption: video.title,
        credit: video.credit,
        usage: t.usageTerms[video.usage],
        pixels: t.pixels.replace('{dimensions}', formatPixels(locale, width, height)),
        size: formatFileSize(locale, await deliveredSize(request, release.slug, video.file)),
        download: `/media/${release.slug}/${video.file}`,
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
          release: node.querySelector('p:last-child > a')?.textContent,
        })),
      )),
    );
    const older = page.locator('a[rel="next"]');
    next = (await older.count()) > 0 ? await older.getAttribute('href') : null;
  }
  return items;
}

test('a video in the library: its poster with the running time, both films, the basket and the player with captions', async ({
  page,
}) => {
  const release = releases.find((r) => english(r).videos.length > 0);
  if (!release) throw new Error('no sample release has a video');
  const video = english(release).videos[0]!;
  const t = messages('de');
  // The German library lists the German translation's video (or the English original's).
  const version = release.versions.get('de') ?? english(release);
  const title = version.videos[0]!.title;
  let path: string | null = '/de/media';
  const item = page.locator(`[data-media-item="${release.slug}/${video.file}"]`);
  while (path) {
    await page.goto(path);
    if ((await item.count()) > 0) break;
    const older = page.locator('a[rel="next"]');
    path = (await older.count()) > 0 ? await older.getAttribute('href') : null;
  }
  await expect(item).toHaveAttribute('data-media-kind', 'video');
  await expect(item.getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(item.getByRole('img', { name: title })).toBeVisible();
  await expect(item.getByText(new RegExp(`^${t.video.badge.replace('{duration}', '.+')}$`))).toBeVisible();
  await expect(item.locator('dt', { hasText: t.video.duration })).toBeVisible();
  const films = item.locator('a[download]');
  await expect(films).toHaveCount(2);
  await expect(films.nth(0)).toHaveAttribute('href', `/media/${release.slug}/${video.file}`);
  await expect(films.nth(1)).toHaveAttribute('href', `/media/${release.slug}/${video.small}`);
  await expect(item.getByRole('button', { name: t.basket.add })).toBeVisible();
  await item.getByRole('link', { name: t.video.watch }).click();
  await expect(page).toHaveURL(new RegExp(`/de/releases/${release.slug}#video-`));
  await expect(page.locator('section[aria-labelledby="videos"] video')).toBeVisible();
  await expectAccessible(page);
});

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
  test(`/${locale}/media lists every image of every public release, newest first, with its facts`, async ({
    page,
    request,
  }) => {
    // It walks every page of the library (three in English), each a full page load: more than one page's budget.
    test.setTimeout(90_000);
    const expected = await expectedLibrary(request, locale);
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

test('the topic and model filters list exactly their images, with counts and paging', async ({ page, request }) => {
  const t = messages('de');
  const markets = await expectedLibrary(request, 'de', { topic: 'markets' });
  expect(markets.length).toBeGreaterThan(0);
  expect(await libraryItems(page, '/de/media/topic/markets')).toEqual(markets);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    t.media.topicTitle.replace('{label}', t.topics.markets),
  );
  const smart5 = await expectedLibrary(request, 'de', { model: 'smart-5' });
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

for (const locale of ['en', 'ar'] as const) {
  test(`the media library passes axe in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/media`);
    await expectAccessible(page);
  });
}
