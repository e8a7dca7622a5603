import { expect, test, type Page } from '@playwright/test';
import { endonym } from '../../lib/i18n/locales';
import {
  everywhereSlug,
  expectAccessible,
  expectLanguage,
  expectNoHorizontalScroll,
  locales,
  messages,
  type Locale,
} from '../support/site';

/**
 * The journalist-alerts pages of the main build: the sign-up page in every language, the compact form on the
 * archive and release pages, and the result pages. Nothing here writes to the alerts database (a refused form
 * never reaches it); the whole flow over SMTP is tests/e2e/alerts.isolated.spec.ts.
 */
const topicNames = ['corporate', 'markets', 'products', 'technology', 'partnerships', 'brand'] as const;
const escaped = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** A form post as a page of this site makes it (the handlers refuse any other origin). */
const formHeaders = () => ({
  'content-type': 'application/x-www-form-urlencoded',
  origin: test.info().project.use.baseURL ?? '',
});

for (const locale of locales) {
  test(`the alerts sign-up page in ${locale}: labelled, explained, accessible`, async ({ page }) => {
    const t = messages(locale).alerts;
    const response = await page.goto(`/${locale}/subscribe`);
    expect(response?.status()).toBe(200);
    await expectLanguage(page, locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
    await expect(page.getByLabel(t.email)).toHaveAttribute('type', 'email');
    await expect(page.getByRole('group', { name: t.languages }).getByRole('checkbox')).toHaveCount(locales.length);
    // Topics are plain boxes, none ticked (every topic) until the visitor ticks some: no "all" switch beside them
    // that a tick could contradict.
    const topicGroup = page.getByRole('group', { name: t.topics, exact: true });
    await expect(topicGroup).toHaveAccessibleDescription(t.topicsHint);
    await expect(topicGroup.getByRole('checkbox')).toHaveCount(topicNames.length);
    for (const topic of topicNames)
      await expect(topicGroup.getByRole('checkbox', { name: messages(locale).topics[topic] })).not.toBeChecked();
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByText(t.consent)).toBeVisible();
    await expect(page.getByRole('button', { name: t.submit })).toBeVisible();
    await expectAccessible(page);
  });
}

test('the archive and every release page carry the compact form, which works without JavaScript', async ({
  browser,
}) => {
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
    data: 'locale=es&email=someone%40example.com&languages=es',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toBe('/es/subscribe?error=origin');
});

test('the result pages exist in every language and read right to left in Arabic', async ({ page }) => {
  const t = messages('ar').alerts;
  for (const [path, title] of [
    ['sent', t.sentTitle],
    ['unsubscribed', t.unsubscribedTitle],
    ['deleted', t.deletedTitle],
  ]) {
    expect((await page.goto(`/ar/subscribe/${path}`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  }
  await expectLanguage(page, 'ar');
  await expectAccessible(page);
  expect((await page.goto('/en/subscribe/elsewhere'))?.status()).toBe(404);
});

/** The error note of an alerts page (not Next's route announcer, which is also an alert when scripts run). */
const errorNote = (page: Page, locale: Locale) =>
  page.getByRole('alert').filter({ hasText: messages(locale).alerts.errorTitle });

for (const [javaScriptEnabled, locale] of [
  [true, 'en'],
  [false, 'de'],
] as const) {
  test(`a refused sign-up comes back as it was filled in, its address kept out of the URL (JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${locale})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const t = messages(locale).alerts;
    const topics = messages(locale).topics;
    const address = `refused-${locale}@example.com`;
    await page.goto(`/${locale}/subscribe`);
    await page.getByLabel(t.email).fill(address);
    await page.getByRole('checkbox', { name: endonym[locale] }).uncheck();
    await page.getByRole('checkbox', { name: topics.products }).check();
    await page.getByRole('checkbox', { name: topics.markets }).check();
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('error=')),
      page.getByRole('button', { name: t.submit }).click(),
    ]);

    expect(answer.url()).toMatch(new RegExp(`/${locale}/subscribe\\?error=languages$`));
    // The page holds an address: no shared cache may keep it.
    expect(answer.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/);
    await expect(errorNote(page, locale)).toContainText(t.errors.languages);
    await expect(page.getByRole('group', { name: t.languages })).toHaveAccessibleDescription(
      escaped(t.errors.languages),
    );
    await expect(page.getByLabel(t.email)).toHaveValue(address);
    for (const l of locales) await expect(page.getByRole('checkbox', { name: endonym[l] })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: topics.products })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: topics.markets })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: topics.brand })).not.toBeChecked();
    const kept = (await context.cookies()).find((c) => c.name === 'alerts-form');
    expect(kept).toMatchObject({ path: `/${locale}/subscribe`, httpOnly: true, sameSite: 'Strict' });

    // Ticking the language sends it: the form as it came back is a working form.
    await page.getByRole('checkbox', { name: endonym[locale] }).check();
    await page.getByLabel(t.email).fill('still-wrong@localhost');
    await page.getByRole('button', { name: t.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/subscribe\\?error=email$`));
    await expect(page.getByLabel(t.email)).toHaveValue('still-wrong@localhost');
    await expect(page.getByRole('checkbox', { name: endonym[locale] })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: topics.markets })).toBeChecked();

    // Without an error to explain, the sign-up page is a fresh form again.
    await page.goto(`/${locale}/subscribe`);
    await expect(page.getByLabel(t.email)).toHaveValue('');
    await expect(page.getByRole('checkbox', { name: topics.products })).not.toBeChecked();
    await context.close();
  });
}

test('a form refused for its topics (?error=topics) keeps the address and every valid choice', async ({ page }) => {
  const t = messages('fr').alerts;
  const topics = messages('fr').topics;
  // Only a tampered form can send a topic the list does not offer.
  const response = await page.request.post('/api/alerts/subscribe', {
    data: 'locale=fr&email=journaliste%40example.com&languages=fr&languages=es&topics=brand&topics=cars',
    headers: formHeaders(),
    maxRedirects: 0,
  });
  expect(response.headers()['location']).toBe('/fr/subscribe?error=topics');
  await page.goto('/fr/subscribe?error=topics');
  await expect(errorNote(page, 'fr')).toContainText(t.errors.topics);
  await expect(page.getByLabel(t.email)).toHaveValue('journaliste@example.com');
  await expect(page.getByRole('checkbox', { name: 'Français' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Español' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'English' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: topics.brand })).toBeChecked();
  await expectAccessible(page);
});

for (const locale of locales) {
  test(`no page of the sign-up flow scrolls sideways at 320 px in ${locale}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    // A refused form with a long address and every box ticked: the fullest the sign-up page gets.
    const fields = new URLSearchParams([
      ['locale', locale],
      ['email', 'chefredaktion.wirtschaftsnachrichten@localhost'],
    ]);
    for (const l of locales) fields.append('languages', l);
    for (const topic of topicNames) fields.append('topics', topic);
    const refused = await page.request.post('/api/alerts/subscribe', {
      data: fields.toString(),
      headers: formHeaders(),
      maxRedirects: 0,
    });
    expect(refused.headers()['location']).toBe(`/${locale}/subscribe?error=email`);
    for (const path of [
      'subscribe',
      'subscribe?error=email',
      'subscribe/sent',
      'subscribe/unsubscribed',
      'subscribe/deleted',
    ]) {
      await page.goto(`/${locale}/${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page);
    }
    // (The pages behind e-mail links, and "check your inbox" repeating a real sign-up, are measured in
    // tests/e2e/alerts.isolated.spec.ts, which has a database and an inbox.)
  });
}
