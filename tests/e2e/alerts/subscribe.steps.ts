import { expect, test } from '@playwright/test';
import {
  alertsSite,
  control,
  de,
  deTopics,
  en,
  enTopics,
  linkIn,
  newContext,
  noScriptPage,
  post,
  reporter,
  run,
  scripted,
  subscribeFields,
  summary,
  textOf,
} from '../../support/alerts-site';
import { expectAccessible, expectLanguage } from '../../support/site';

/** Subscribing: the form with and without scripts, the compact form, the confirmation e-mail and page. */
export function subscribeSteps() {
  test('a journalist ticks one topic without JavaScript, and the choice is repeated before anything counts', async ({
    browser,
  }) => {
    const { site, inbox } = alertsSite();
    const page = await noScriptPage(browser);
    await page.goto(`${site.url}/de/subscribe`);
    await expectLanguage(page, 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.title);
    await expect(page.getByText(de.consent)).toBeVisible();
    await page.getByLabel(de.email).fill(reporter);
    await expect(page.getByRole('checkbox', { name: 'Deutsch' })).toBeChecked();
    await page.getByRole('checkbox', { name: deTopics.products }).check();
    const [answer] = await Promise.all([
      page.waitForResponse(`${site.url}/de/subscribe/sent`),
      page.getByRole('button', { name: de.submit }).click(),
    ]);
    await expect(page).toHaveURL(`${site.url}/de/subscribe/sent`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.sentTitle);
    // "Check your inbox" repeats the address (a typo shows here) and the choice; it is nobody else's to cache.
    const asked = page.getByRole('region', { name: de.summaryTitle }).getByRole('listitem');
    await expect(asked).toHaveText([
      de.summaryEmail.replace('{email}', reporter),
      ...summary(de, 'Deutsch', deTopics.products),
    ]);
    expect(answer.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/);

    const [mail] = await inbox.waitFor(reporter, 1);
    expect(mail?.subject).toBe(de.mail.confirmSubject);
    expect(mail?.text).toContain(de.mail.confirmIntro);
    expect(textOf(mail)).toContain(summary(de, 'Deutsch', deTopics.products).join('\n'));
    expect(linkIn(mail, '/de/subscribe/confirm?token=')).toMatch(
      new RegExp(`^${site.url}/de/subscribe/confirm\\?token=confirm\\.`),
    );
  });

  test('they confirm with the link from the e-mail; opening the link alone confirms nothing', async ({
    browser,
    page: checker,
  }) => {
    const { inbox } = alertsSite();
    const link = linkIn(inbox.to(reporter)[0], '/subscribe/confirm?token=');
    // Opened twice (as a mail scanner and a person would), with scripts on for the accessibility check.
    await checker.goto(link);
    await expectAccessible(checker);
    const page = await noScriptPage(browser);
    await page.goto(link);
    await expect(page.getByText(de.confirmBody.replace('{email}', reporter))).toBeVisible();
    await expect(page.getByRole('main').getByRole('listitem')).toHaveText(summary(de, 'Deutsch', deTopics.products));
    await page.getByRole('button', { name: de.confirmButton }).click();
    await expect(page).toHaveURL(/\/de\/subscribe\/preferences\?token=manage\.[^&]+&status=confirmed$/);
    // The page after confirming says what was confirmed, in words and in the form below it.
    const status = page.getByRole('status');
    await expect(status.getByRole('paragraph')).toHaveText(de.statusConfirmed);
    await expect(status.getByRole('listitem')).toHaveText(summary(de, 'Deutsch', deTopics.products));
    await expect(page.getByRole('checkbox', { name: 'Deutsch' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: deTopics.products })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: deTopics.brand })).not.toBeChecked();
    await checker.goto(page.url());
    await expect(checker.getByRole('status').getByRole('paragraph')).toHaveText(de.statusConfirmed);
    await expectAccessible(checker);
  });

  test('a second journalist subscribes from the archive’s compact form and confirms', async ({ browser }) => {
    const { site, inbox } = alertsSite();
    const page = await noScriptPage(browser);
    await page.goto(`${site.url}/en/releases`);
    const form = page.getByRole('form', { name: en.compactTitle });
    await form.getByLabel(en.email).fill(control);
    await form.getByRole('button', { name: en.submit }).click();
    await expect(page).toHaveURL(`${site.url}/en/subscribe/sent`);
    const [mail] = await inbox.waitFor(control, 1);
    expect(mail?.subject).toBe(en.mail.confirmSubject);
    // The compact form offers no topics: it subscribes to all of them, and says so.
    expect(textOf(mail)).toContain(summary(en, 'English', en.allTopics).join('\n'));
    await page.goto(linkIn(mail, '/en/subscribe/confirm?token='));
    await page.getByRole('button', { name: en.confirmButton }).click();
    await expect(page.getByRole('status').getByRole('paragraph')).toHaveText(en.statusConfirmed);
  });

  test('with JavaScript, ticking topics subscribes to those topics only, repeated on every page and in the e-mail', async ({
    browser,
  }) => {
    const { site, inbox } = alertsSite();
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/en/subscribe`);
    await page.getByLabel(en.email).fill(scripted);
    await page.getByRole('checkbox', { name: enTopics.technology }).check();
    await page.getByRole('checkbox', { name: enTopics.brand }).check();
    await page.getByRole('button', { name: en.submit }).click();
    await expect(page).toHaveURL(`${site.url}/en/subscribe/sent`);
    const chosen = summary(en, 'English', `${enTopics.technology} and ${enTopics.brand}`);
    await expect(page.getByRole('region', { name: en.summaryTitle }).getByRole('listitem')).toHaveText([
      en.summaryEmail.replace('{email}', scripted),
      ...chosen,
    ]);
    const [mail] = await inbox.waitFor(scripted, 1);
    expect(textOf(mail)).toContain(chosen.join('\n'));
    await page.goto(linkIn(mail, '/en/subscribe/confirm?token='));
    await expect(page.getByRole('main').getByRole('listitem')).toHaveText(chosen);
    await page.getByRole('button', { name: en.confirmButton }).click();
    await expect(page.getByRole('status').getByRole('listitem')).toHaveText(chosen);
  });

  test('a new address and a known one get the same answer; only the inbox owner can tell them apart', async ({
    request,
  }) => {
    const { inbox } = alertsSite();
    const stranger = `stranger-${run}@example.com`;
    const fresh = await post(request, '/api/alerts/subscribe', subscribeFields(stranger));
    const known = await post(request, '/api/alerts/subscribe', [
      ...subscribeFields(reporter).filter(([k]) => k !== 'languages'),
      ['languages', 'zh'],
    ]);
    expect(fresh.status()).toBe(303);
    expect(known.status()).toBe(303);
    expect(known.headers()['location']).toBe(fresh.headers()['location']);
    expect(fresh.headers()['location']).toBe('/de/subscribe/sent');
    expect((await inbox.waitFor(stranger, 1))[0]?.subject).toBe(de.mail.confirmSubject);
    const notice = (await inbox.waitFor(reporter, 2))[1];
    expect(notice?.subject).toBe(de.mail.knownSubject);
    // The request (Chinese, every topic) changed nothing, and the e-mail says what stays.
    expect(textOf(notice)).toContain([de.mail.knownSettings, ...summary(de, 'Deutsch', deTopics.products)].join('\n'));
    expect(linkIn(notice, '/de/subscribe/preferences?token=manage.')).not.toBe('');
  });
}
