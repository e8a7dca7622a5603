import { expect, test } from '@playwright/test';
import { everywhereSlug, expectAccessible, expectLanguage, locales, messages } from './support';

/**
 * The journalist-alerts pages of the main build: the sign-up page in every language, the compact form on the
 * archive and release pages, and the result pages. Nothing here writes to the alerts database (a refused form
 * never reaches it); the whole flow over SMTP is tests/e2e/alerts.isolated.spec.ts.
 */
for (const locale of locales) {
  test(`the alerts sign-up page in ${locale}: labelled, explained, accessible`, async ({ page }) => {
    const t = messages(locale).alerts;
    const response = await page.goto(`/${locale}/subscribe`);
    expect(response?.status()).toBe(200);
    await expectLanguage(page, locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
    await expect(page.getByLabel(t.email)).toHaveAttribute('type', 'email');
    await expect(page.getByRole('group', { name: t.languages }).getByRole('checkbox')).toHaveCount(locales.length);
    await expect(page.getByRole('radio', { name: t.allTopics })).toBeChecked();
    await expect(page.getByText(t.consent)).toBeVisible();
    await expect(page.getByRole('button', { name: t.submit })).toBeVisible();
    await expectAccessible(page);
  });
}

test('the archive and every release page carry the compact form, which works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const t = messages('fr').alerts;
  await page.goto('/fr/releases');
  await expect(page.getByRole('form', { name: t.compactTitle })).toBeVisible();
  await page.goto(`/fr/releases/${everywhereSlug}`);
  const form = page.getByRole('form', { name: t.compactTitle });
  await expect(form.getByRole('link', { name: t.moreOptions })).toHaveAttribute('href', '/fr/subscribe');
  // The browser accepts "name@localhost"; the server wants a routable address and says so in French.
  await form.getByLabel(t.email).fill('name@localhost');
  await form.getByRole('button', { name: t.submit }).click();
  await expect(page).toHaveURL(/\/fr\/subscribe\?error=email$/);
  await expect(page.getByRole('alert')).toContainText(t.errors.email);
  await expect(page.getByLabel(t.email)).toHaveAttribute('aria-invalid', 'true');
  await context.close();
});

test('a form posted from another site is refused, never answered with a server error', async ({ request }) => {
  const response = await request.post('/api/alerts/subscribe', {
    data: 'locale=es&email=someone%40example.com&languages=es&topics-mode=all',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toBe('/es/subscribe?error=origin');
});

test('the result pages exist in every language and read right to left in Arabic', async ({ page }) => {
  const t = messages('ar').alerts;
  for (const [path, title] of [['sent', t.sentTitle], ['unsubscribed', t.unsubscribedTitle], ['deleted', t.deletedTitle]]) {
    expect((await page.goto(`/ar/subscribe/${path}`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  }
  await expectLanguage(page, 'ar');
  await expectAccessible(page);
  expect((await page.goto('/en/subscribe/elsewhere'))?.status()).toBe(404);
});
