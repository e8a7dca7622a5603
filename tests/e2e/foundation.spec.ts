import { expect, test } from '@playwright/test';
import { everywhereSlug, expectAccessible, expectLanguage, locales, messages } from '../support/site';

for (const locale of locales) {
  const t = messages(locale);
  const pages = [
    { name: 'home', path: `/${locale}`, heading: t.home.title },
    { name: 'archive', path: `/${locale}/releases`, heading: t.releases.title },
    { name: 'release', path: `/${locale}/releases/${everywhereSlug}` },
    { name: 'about', path: `/${locale}/about` },
    { name: 'contacts', path: `/${locale}/contacts`, heading: t.contacts.title },
  ];

  test.describe(`${locale}`, () => {
    for (const { name, path, heading } of pages) {
      test(`${name} renders in ${locale}, translated and accessible`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expectLanguage(page, locale);
        const h1 = page.getByRole('heading', { level: 1 });
        await expect(h1).toHaveCount(1);
        if (heading) await expect(h1).toHaveText(heading);
        const nav = page.getByRole('navigation', { name: t.nav.main });
        await expect(nav.getByRole('link', { name: t.nav.releases })).toBeVisible();
        await expect(nav.getByRole('link', { name: t.nav.contacts })).toBeVisible();
        await expect(page.getByRole('link', { name: t.nav.skip })).toHaveAttribute('href', '#main');
        await expect(page.getByRole('main')).toBeVisible();
        await expectAccessible(page);
      });
    }

    test(`unknown slug and path answer the localized 404 in ${locale}`, async ({ page }) => {
      for (const path of [
        `/${locale}/releases/no-such-release`,
        `/${locale}/no/such/page`,
        `/${locale}/releases/page/999`,
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expectLanguage(page, locale);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.notFound.title);
      }
    });
  });
}

test('the language switcher keeps the page where a translation exists', async ({ page }) => {
  await page.goto(`/en/releases/${everywhereSlug}`);
  await page.locator('header details > summary').click();
  await page.getByRole('banner').getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(`/de/releases/${everywhereSlug}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('/ picks the locale from the cookie, then Accept-Language, then English', async ({ browser, baseURL }) => {
  const german = await browser.newContext({
    locale: 'de-DE',
    extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9' },
  });
  const page = await german.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/de$/);
  await german.addCookies([{ name: 'NEXT_LOCALE', value: 'ar', url: baseURL ?? '' }]);
  await page.goto('/');
  await expect(page).toHaveURL(/\/ar$/);
  await german.close();
  const other = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'ja' } });
  const otherPage = await other.newPage();
  await otherPage.goto('/');
  await expect(otherPage).toHaveURL(/\/en$/);
  await other.close();
});

test('reading a page in a language makes / return to that language', async ({ browser }) => {
  const reader = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9' } });
  const page = await reader.newPage();
  await page.goto('/fr/about');
  expect((await reader.cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe('fr');
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr$/);
  // A file (a feed) is not a page read: it leaves the language as it was.
  await page.request.get('/ar/feeds/releases.rss');
  expect((await reader.cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe('fr');
  await reader.close();
});

test('an unknown locale ends at the 404 page', async ({ page }) => {
  const response = await page.goto('/xx/releases');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('en').notFound.title);
});

test('a release shows its dateline with time zone, hero credit and contacts', async ({ page }) => {
  await page.goto(`/en/releases/${everywhereSlug}`);
  const time = page.locator('[data-dateline] > time');
  await expect(time).toHaveAttribute('datetime', /^2025-07-15T10:00:00\+08:00$/);
  await expect(time).toContainText('15 July 2025');
  await expect(time).toContainText('China Standard Time');
  await expect(page.getByText(/^Image: smart Automobile/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Media contacts' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'press@example.com' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'About smart' })).toBeVisible();
});
