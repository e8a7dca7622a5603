import { expect, test, type Page } from '@playwright/test';
import {
  directionOf,
  everywhereSlug,
  expectAccessible,
  expectLanguage,
  languageTag,
  locales,
  messages,
  partlyTranslatedSlug,
  type Locale,
} from '../support/site';

/**
 * Every language first-class: a release or page not written in the reader's language is shown inside their
 * interface (never a silent switch to English), search finds it, and every run of text in another language than
 * the page's is marked with its language and direction.
 */

/** Releases of the sample content written in en, de and zh only. */
const brabusLaunch = 'smart-5-brabus-launches';
const disney = 'mickey-and-friends-china';

test.describe('a release not written in the reader language', () => {
  for (const locale of ['fr', 'ar'] as const) {
    test(`is shown in English inside the ${locale} interface, with a notice`, async ({ page }) => {
      const response = await page.goto(`/${locale}/releases/${partlyTranslatedSlug}`);
      expect(response?.status()).toBe(200);
      expect(page.url()).toMatch(new RegExp(`/${locale}/releases/${partlyTranslatedSlug}$`));
      await expectLanguage(page, locale);
      await expect(page.getByRole('note').filter({ hasText: messages(locale).release.fallbackNotice })).toBeVisible();
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveAttribute('lang', 'en');
      await expect(h1).toHaveAttribute('dir', 'ltr');
      // The interface stays in the reader's language; the canonical address is the English original's.
      await expect(page.getByRole('navigation', { name: messages(locale).nav.main })).toBeVisible();
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`/en/releases/${partlyTranslatedSlug}$`),
      );
      await expect(page.locator(`link[rel="alternate"][hreflang="${languageTag[locale]}"]`)).toHaveCount(0);
      await expectAccessible(page);
    });
  }

  test('the language switcher keeps the reader on the release', async ({ page }) => {
    await page.goto(`/en/releases/${partlyTranslatedSlug}`);
    await page.locator('header details > summary').click();
    const french = page.getByRole('banner').getByRole('link', { name: 'Français' });
    await expect(french).not.toContainText(messages('en').nav.notTranslated);
    await french.click();
    await expect(page).toHaveURL(`/fr/releases/${partlyTranslatedSlug}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await expect(page.getByRole('note').filter({ hasText: messages('fr').release.fallbackNotice })).toBeVisible();
  });

  test('archive cards link to the release in the reader language', async ({ page }) => {
    await page.goto('/fr/releases');
    await expect(page.getByRole('main').locator(`a[href="/fr/releases/${partlyTranslatedSlug}"]`)).toHaveCount(1);
    await expect(page.getByRole('main').locator(`a[href="/en/releases/${partlyTranslatedSlug}"]`)).toHaveCount(0);
  });
});

const searchFor = async (page: Page, locale: Locale, term: string) => {
  await page.goto(`/${locale}/search?q=${encodeURIComponent(term)}`);
  return page.getByRole('main').getByRole('listitem');
};

test.describe('search in every language finds releases written only in English', () => {
  for (const [locale, term, slug] of [
    ['fr', 'BRABUS', brabusLaunch],
    ['es', 'Disney', disney],
    ['ar', 'Disney', disney],
  ] as const) {
    test(`${locale}: "${term}" finds ${slug}, marked In English`, async ({ page }) => {
      const results = await searchFor(page, locale, term);
      const hit = results.filter({ has: page.locator(`a[href="/${locale}/releases/${slug}"]`) });
      await expect(hit).toHaveCount(1);
      await expect(hit.getByText(messages(locale).releases.inEnglish, { exact: true })).toBeVisible();
      await expect(hit.getByRole('heading')).toHaveAttribute('lang', 'en');
      await expect(hit.getByRole('heading')).toHaveAttribute('dir', 'ltr');
    });
  }
});

/**
 * Every element whose lang differs from the page's carries the direction of its language, so that a run in the
 * other direction is isolated (HTML: [dir] { unicode-bidi: isolate }).
 */
async function misdirected(page: Page, locale: Locale): Promise<string[]> {
  return page.evaluate(
    ({ own, rtl }) =>
      [...document.querySelectorAll('body [lang]')]
        .filter((el) => el.getAttribute('lang') !== own)
        .filter((el) => {
          const lang = el.getAttribute('lang') ?? '';
          return el.getAttribute('dir') !== (rtl.includes(lang.split('-')[0] ?? '') ? 'rtl' : 'ltr');
        })
        .map(
          (el) =>
            `<${el.tagName.toLowerCase()} lang="${el.getAttribute('lang')}" dir="${el.getAttribute('dir')}"> ${el.textContent?.slice(0, 40)}`,
        ),
    { own: languageTag[locale], rtl: locales.filter((l) => directionOf(l) === 'rtl').map((l) => languageTag[l]) },
  );
}

for (const locale of ['ar', 'en', 'fr'] as const) {
  const paths = [
    '',
    '/releases',
    `/releases/${everywhereSlug}`,
    `/releases/${partlyTranslatedSlug}`,
    '/media',
    '/about',
    '/contacts',
    '/subscribe',
    '/no-such-page',
  ];
  for (const path of paths) {
    test(`every run in another language carries its direction on /${locale}${path}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      expect(await misdirected(page, locale)).toEqual([]);
    });
  }
  test(`every run in another language carries its direction in ${locale} search results`, async ({ page }) => {
    const results = await searchFor(page, locale, 'Disney');
    await expect(results.first()).toBeVisible();
    expect(await misdirected(page, locale)).toEqual([]);
  });
}

test('image credits are isolated from the sentence around them on Arabic pages', async ({ page }) => {
  await page.goto(`/ar/releases/${everywhereSlug}`);
  const credit = page.locator('figure figcaption bdi').first();
  await expect(credit).toHaveText(/smart/);
});
