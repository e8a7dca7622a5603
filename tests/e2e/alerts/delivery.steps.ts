import { expect, test } from '@playwright/test';
import {
  alertsSite,
  alertsTo,
  control,
  reporter,
  scripted,
  sendAlerts,
  summaries,
  titles,
  waitUntil,
} from '../../support/alerts-site';

/** The first release lifts: one alert per subscriber, in their language, for their topics only. */
export function deliverySteps() {
  test('when the first embargoed release lifts, each subscriber gets exactly one alert, in their language', async ({
    request,
  }) => {
    const { site, inbox, liftOne } = alertsSite();
    expect(Date.now(), 'still before the embargo').toBeLessThan(liftOne.getTime());
    await sendAlerts();
    expect(alertsTo(reporter)).toEqual([]);
    expect(alertsTo(control)).toEqual([]);

    await waitUntil(liftOne);
    const output = await sendAlerts();
    expect(output).toContain('2 sent over SMTP');
    await sendAlerts();
    await sendAlerts();

    const [alert, ...more] = await inbox.waitFor(reporter, 3).then(() => alertsTo(reporter));
    expect(more).toEqual([]);
    expect(alert?.subject).toBe(titles.one.de);
    expect(alert?.text).toContain(
      `SHANGHAI, ${new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(liftOne)}`,
    );
    expect(alert?.text).toContain(summaries.de);
    expect(alert?.text).toContain(`${site.url}/de/releases/alerts-lift-one`);
    expect(alert?.text).toContain('press@example.com');
    expect(alert?.html).not.toMatch(/<img|<script|src=/i);
    expect(alert?.headers.get('list-unsubscribe')).toMatch(
      new RegExp(`^<${site.url}/api/alerts/unsubscribe\\?token=unsubscribe\\.[^>]+>$`),
    );
    expect(alert?.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(alertsTo(control).map((m) => m.subject)).toEqual([titles.one.en]);
    // A products release, and they ticked technology and brand: ticking a topic is a choice of that topic only.
    expect(alertsTo(scripted)).toEqual([]);
    // The release from 2025 was public long before anyone subscribed: nobody got it.
    expect(inbox.messages.some((m) => m.subject.includes('archive') || m.subject.includes('Archiv'))).toBe(false);
    expect((await request.get(`${site.url}/de/releases/alerts-lift-one`)).status()).toBe(200);
  });
}
