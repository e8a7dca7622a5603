import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  alertsSite,
  alertsTo,
  control,
  de,
  en,
  enTopics,
  errorNote,
  linkIn,
  noScriptPage,
  reporter,
  sendAlerts,
  summary,
  titles,
  waitUntil,
} from '../../support/alerts-site';

/** Leaving and changing: one-click unsubscribe, the settings page, the second release, and their data. */
export function settingsSteps() {
  test('one-click unsubscribe stops the alerts: the next release sends them nothing', async ({ request, browser }) => {
    const { inbox, liftTwo } = alertsSite();
    const alert = alertsTo(reporter)[0];
    const oneClick = (alert?.headers.get('list-unsubscribe') ?? '').replace(/^<|>$/g, '');
    // A mail provider's server posts it: no Origin, no cookies, just the RFC 8058 body.
    const response = await request.post(oneClick, {
      data: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status()).toBe(200);

    const page = await noScriptPage(browser);
    await page.goto(linkIn(alert, '/subscribe/preferences?token='));
    await expect(page.getByRole('status')).toHaveText(de.statusUnsubscribed);

    // The other journalist switches their alerts to German, products only, on their settings page; a first try
    // with no language at all comes back as they left it, with the reason.
    await page.goto(linkIn(alertsTo(control)[0], '/subscribe/preferences?token='));
    await page.getByRole('checkbox', { name: 'English' }).uncheck();
    await page.getByRole('checkbox', { name: enTopics.products }).check();
    await page.getByRole('button', { name: en.save }).click();
    await expect(page).toHaveURL(/\/en\/subscribe\/preferences\?token=manage\.[^&]+&error=languages$/);
    await expect(errorNote(page, 'en')).toContainText(en.errors.languages);
    await expect(page.getByRole('checkbox', { name: 'English' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: enTopics.products })).toBeChecked();
    await page.getByRole('checkbox', { name: 'Deutsch' }).check();
    await page.getByRole('button', { name: en.save }).click();
    await expect(page.getByRole('status').getByRole('paragraph')).toHaveText(en.statusSaved);
    await expect(page.getByRole('status').getByRole('listitem')).toHaveText(summary(en, 'German', enTopics.products));

    await waitUntil(liftTwo);
    await sendAlerts();
    await sendAlerts();
    await inbox.waitFor(control, 3);
    expect(alertsTo(control).map((m) => m.subject)).toEqual([titles.one.en, titles.two.de]);
    expect(alertsTo(reporter).map((m) => m.subject)).toEqual([titles.one.de]);
  });

  test('the settings page lets them download their data and delete it', async ({ browser }) => {
    const { site } = alertsSite();
    const alert = alertsTo(reporter)[0];
    const settings = linkIn(alert, '/subscribe/preferences?token=');
    const page = await noScriptPage(browser);
    await page.goto(settings);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: de.download }).click(),
    ]);
    const data: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(data).toMatchObject({
      email: reporter,
      status: 'unsubscribed',
      languages: ['de'],
      consent: { text: de.consent, locale: 'de' },
      deliveries: [{ release: 'alerts-lift-one', language: 'de', status: 'sent' }],
    });

    await page.getByRole('button', { name: de.delete }).click();
    await expect(page).toHaveURL(`${site.url}/de/subscribe/deleted`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.deletedTitle);
    await page.goto(settings);
    await expect(errorNote(page)).toContainText(de.errors.unknown);
  });
}
