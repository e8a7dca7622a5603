import { expect, test } from '@playwright/test';
import { artworkMarker, artworkSpec } from '../../scripts/artwork';
import { describeArtwork, illustrationLabel } from '../../scripts/artwork-description';
import { everywhereSlug, messages, type Locale } from '../support/site';

/**
 * The sample images carry no words, so the same file serves every language; what a reader learns about the picture
 * comes from the page, in the page's language: the alt text says it is abstract artwork, the caption says it is an
 * illustration, and the file a journalist downloads says so in its EXIF data.
 */
const hero = artworkSpec(`2025-07-15-${everywhereSlug}`, 0);

for (const locale of ['ar', 'zh', 'en'] satisfies Locale[]) {
  test(`the ${locale} home page and release describe the hero artwork in ${locale}, as an illustration`, async ({
    page,
  }) => {
    const description = describeArtwork(hero, locale);
    await page.goto(`/${locale}`);
    await expect(page.getByRole('img', { name: description, exact: true })).toBeVisible();

    await page.goto(`/${locale}/releases/${everywhereSlug}`);
    const figure = page.getByRole('figure').filter({ has: page.getByRole('img', { name: description, exact: true }) });
    await expect(figure.locator('figcaption')).toContainText(illustrationLabel[locale].trim());
    const download = figure.getByRole('link', { name: messages(locale).media.download.split('{')[0]?.trim() });
    const original = await page.request.get((await download.getAttribute('href')) ?? '', {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(original.ok()).toBe(true);
    expect((await original.body()).toString('latin1')).toContain(artworkMarker);
  });
}
