import { test } from '@playwright/test';
import { startAlertsSite, stopAlertsSite } from '../support/alerts-site';
import { deliverySteps } from './alerts/delivery.steps';
import { phoneSteps } from './alerts/phone.steps';
import { refusalSteps } from './alerts/refusals.steps';
import { settingsSteps } from './alerts/settings.steps';
import { subscribeSteps } from './alerts/subscribe.steps';

/**
 * Journalist alerts end to end, over real SMTP, against one fixture site (tests/support/alerts-site.ts), as one
 * story told in order; its steps are in tests/e2e/alerts/, one file for each thing a journalist does:
 *
 * subscribe to one topic (no JavaScript) → the choice is repeated on "check your inbox", in the confirmation
 * e-mail and after confirming → hostile input is refused with a clear message, never a 5xx → the first release
 * (that topic) lifts → exactly one alert, in the chosen language, and none for a subscriber who ticked other topics
 * (with JavaScript) → one-click unsubscribe (RFC 8058) → the second release lifts → nothing for them (while a
 * second subscriber, still subscribed, does get it); a refused settings change comes back as it was sent.
 *
 * Each step builds on the ones before it and the releases lift at fixed times, so the steps run serially, in this
 * file's one worker, and the site is built once for all of them.
 */
test.describe.configure({ mode: 'serial', timeout: 12 * 60_000 });

test.beforeAll(async () => {
  test.setTimeout(8 * 60_000);
  await startAlertsSite();
});

test.afterAll(async () => {
  test.setTimeout(90_000);
  await stopAlertsSite();
});

test.describe(subscribeSteps);
test.describe(refusalSteps);
test.describe(deliverySteps);
test.describe(settingsSteps);
test.describe(phoneSteps);
