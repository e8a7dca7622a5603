import { expect, test } from '@playwright/test';
import { signToken } from '../../../lib/alerts/tokens';
import { endonym, isolate } from '../../../lib/i18n/locales';
import { alertsSite, linkIn, newContext, run, secret } from '../../support/alerts-site';
import { expectNoHorizontalScroll, locales, messages } from '../../support/site';

/** Every page of the flow on a 320 px screen, in every language. */
export function phoneSteps() {
  test('no page of the flow scrolls sideways at 320 px, in any language, with a long address and every box ticked', async ({
    browser,
  }) => {
    const { site, inbox } = alertsSite();
    const context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    for (const [i, locale] of locales.entries()) {
      const t = messages(locale).alerts;
      const address = `chefredaktion.wirtschaftsnachrichten.${locale}.${run}@verlagsgruppe-beispiel.example`;
      // Each language signs up from a network of its own: the per-network limit is not what this test is about.
      await context.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${10 + i}` });
      await page.goto(`${site.url}/${locale}/subscribe`);
      await expectNoHorizontalScroll(page);
      await page.getByLabel(t.email).fill(address);
      for (const l of locales) await page.getByRole('checkbox', { name: endonym[l] }).check();
      for (const topic of Object.values(messages(locale).topics))
        await page.getByRole('checkbox', { name: topic }).check();
      await page.getByRole('button', { name: t.submit }).click();
      await expect(page).toHaveURL(`${site.url}/${locale}/subscribe/sent`);
      await expect(page.getByRole('region', { name: t.summaryTitle }).getByRole('listitem').first()).toHaveText(
        t.summaryEmail.replace('{email}', isolate(address, locale)),
      );
      await expectNoHorizontalScroll(page);

      const [mail] = await inbox.waitFor(address, 1);
      expect(mail?.subject).toBe(t.mail.confirmSubject);
      const link = linkIn(mail, `/${locale}/subscribe/confirm?token=`);
      const id = (link.match(/token=confirm\.([0-9a-f]{32})\./) ?? [])[1] ?? '';
      const pages: [string, string][] = [
        [link, t.confirmButton],
        [`${site.url}/${locale}/subscribe/preferences?token=${signToken(secret, 'manage', id, new Date())}`, t.save],
        [
          `${site.url}/${locale}/subscribe/unsubscribe?token=${signToken(secret, 'unsubscribe', id, new Date())}`,
          t.unsubscribeButton,
        ],
      ];
      for (const [url, button] of pages) {
        await page.goto(url);
        await expect(page.getByRole('button', { name: button })).toBeVisible();
        await expectNoHorizontalScroll(page);
      }
    }
  });
}
