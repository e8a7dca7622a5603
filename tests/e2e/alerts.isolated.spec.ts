import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { signToken } from '../../lib/alerts/tokens';
import { releaseFileName } from '../../lib/content/file-names';
import { endonym, isolate } from '../../lib/i18n/locales';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';
import { startInbox, type Inbox, type Received } from '../support/mail-inbox';
import { linksIn } from '../support/mail-parse';
import {
  expectAccessible,
  expectLanguage,
  expectNoHorizontalScroll,
  locales,
  messages,
  type Messages,
} from '../support/site';

/**
 * Journalist alerts end to end, over real SMTP: a site built from tests/fixtures/alerts-content plus two embargoed
 * releases due a few minutes after the build starts, and an SMTP server on loopback inside this test.
 *
 * subscribe to one topic (no JavaScript) → the choice is repeated on "check your inbox", in the confirmation
 * e-mail and after confirming → the first release (that topic) lifts → exactly one alert, in the chosen language,
 * and none for a subscriber who ticked other topics (with JavaScript) → one-click unsubscribe (RFC 8058) → the
 * second release lifts → nothing for them (while a second subscriber, still subscribed, does get it). Hostile
 * input is refused with a clear message, never a 5xx; a refused settings change comes back as it was sent.
 */
const port = Number(process.env.ALERTS_SITE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 20);
const secret = `alerts-e2e-secret-${'k'.repeat(32)}`;
const run = Date.now().toString(36);
const reporter = `reporter-${run}@example.com`;
const control = `control-${run}@example.com`;
const scripted = `scripted-${run}@example.com`;
// Far enough ahead for the fixture site's build (about two minutes on a quiet 2-core machine) and the tests that run
// before the embargo lifts.
const liftOne = new Date(Math.ceil((Date.now() + 5 * 60_000) / 1000) * 1000);
const liftTwo = new Date(liftOne.getTime() + 40_000);
const de = messages('de').alerts;
const en = messages('en').alerts;
const deTopics = messages('de').topics;
const enTopics = messages('en').topics;
const titles = {
  one: {
    en: 'smart alerts: the first release to lift',
    de: 'smart Benachrichtigungen: die erste freigegebene Mitteilung',
  },
  two: {
    en: 'smart alerts: the second release to lift',
    de: 'smart Benachrichtigungen: die zweite freigegebene Mitteilung',
  },
};

const summaries = {
  en: 'An embargoed release for the alerts test.',
  de: 'Eine Mitteilung mit Sperrfrist für den Test der Benachrichtigungen.',
};

test.describe.configure({ mode: 'serial', timeout: 12 * 60_000 });

let site: FixtureSite;
let inbox: Inbox;
let folder: string;
let siteEnv: NodeJS.ProcessEnv;

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, '+00:00');

/** A release due at `at`, made from the fixture's archive release (English and German). */
function addRelease(content: string, slug: string, at: Date, title: { en: string; de: string }) {
  const target = path.join(content, 'releases', `${at.toISOString().slice(0, 10)}-${slug}`);
  cpSync(path.join(content, 'releases', '2025-07-15-alerts-archive'), target, { recursive: true });
  for (const locale of ['en', 'de'] as const) {
    const file = path.join(target, releaseFileName(locale));
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^title: .*$/m, `title: "${title[locale]}"`)
        .replace(/^summary: .*$/m, `summary: "${summaries[locale]}"`)
        .replace('publishedAt: "2025-07-15T10:00:00+08:00"', `publishedAt: "${iso(at)}"`)
        .replace('timeZone: "Asia/Shanghai"', 'timeZone: "UTC"')
        .replace('topics: [corporate]', 'topics: [products]'),
    );
  }
}

test.beforeAll(async () => {
  test.setTimeout(8 * 60_000);
  folder = mkdtempSync(path.join(tmpdir(), 'newsroom-alerts-e2e-'));
  const content = path.join(folder, 'content');
  cpSync(path.resolve('tests/fixtures/alerts-content'), content, { recursive: true });
  addRelease(content, 'alerts-lift-one', liftOne, titles.one);
  addRelease(content, 'alerts-lift-two', liftTwo, titles.two);
  inbox = await startInbox();
  const alertsEnv = {
    ALERTS_DB: path.join(folder, 'data', 'alerts.sqlite'),
    ALERTS_SECRET: secret,
    SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
    ALERTS_FROM: 'smart Newsroom <alerts@newsroom.test>',
  };
  site = await startFixtureSite({ name: 'alerts', content, port, env: alertsEnv });
  siteEnv = { ...process.env, SITE_URL: site.url, NEXT_TELEMETRY_DISABLED: '1', ...alertsEnv };
  expect(Date.now(), 'the build must finish at least a minute before the first release lifts').toBeLessThan(
    liftOne.getTime() - 60_000,
  );
});

test.afterAll(async () => {
  test.setTimeout(90_000);
  for (const context of contexts) await context.close();
  await site?.stop();
  await inbox?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** `npm run alerts:send` in the fixture site, as cron would run it (asynchronously: the SMTP server is in this process). */
function sendAlerts(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'alerts:send'], { cwd: site.root, env: siteEnv });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`alerts:send exited with ${code}:\n${output}`)),
    );
  });
}

async function post(
  request: APIRequestContext,
  url: string,
  fields: [string, string][],
  headers: Record<string, string> = {},
) {
  const response = await request.post(url.startsWith('http') ? url : `${site.url}${url}`, {
    data: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.url, ...headers },
    maxRedirects: 0,
  });
  expect(response.status(), `${url} must never answer with a server error`).toBeLessThan(500);
  return response;
}

const subscribeFields = (email: string, locale = 'de'): [string, string][] => [
  ['locale', locale],
  ['email', email],
  ['languages', locale],
  ['website', ''],
];
const alertsTo = (address: string) => inbox.to(address).filter((m) => m.headers.has('list-unsubscribe'));
/** The text part with the line breaks it was written with (SMTP carries CRLF). */
const textOf = (mail: Received | undefined) => (mail?.text ?? '').replace(/\r\n/g, '\n');
const linkIn = (mail: Received | undefined, fragment: string) =>
  linksIn(mail?.text ?? '').find((link) => link.includes(fragment)) ?? '';

/** The error note of an alerts page (not Next's route announcer, which is also an alert when scripts run). */
const errorNote = (page: Page, locale: 'de' | 'en' = 'de') =>
  page.getByRole('alert').filter({ hasText: messages(locale).alerts.errorTitle });

const contexts: BrowserContext[] = [];
async function noScriptPage(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  contexts.push(context);
  return context.newPage();
}

/** "Languages: …" and "Topics: …" as the pages and e-mails word them (language names in the page's language). */
const summary = (t: Messages['alerts'], language: string, topics: string) => [
  t.summaryLanguages.replace('{languages}', language),
  t.summaryTopics.replace('{topics}', topics),
];

test('a journalist ticks one topic without JavaScript, and the choice is repeated before anything counts', async ({
  browser,
}) => {
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
  const context = await browser.newContext();
  contexts.push(context);
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

test('hostile input is refused with a clear, localized message and never a server error', async ({ request, page }) => {
  const before = inbox.messages.length;
  const refusals: [
    string,
    'de' | 'en',
    keyof Messages['alerts']['errors'],
    [string, string][],
    Record<string, string>?,
  ][] = [
    ['a malformed address', 'de', 'email', subscribeFields('not an address')],
    [
      'a header injected into the address',
      'de',
      'email',
      subscribeFields('victim@example.com\r\nBcc: everyone@example.org'),
    ],
    // An unreadable language field: answered in English, the one language every visitor may be assumed to expect.
    [
      'a header injected into the language field',
      'en',
      'invalid',
      subscribeFields('a@example.com', 'de\r\nX-Injected: yes'),
    ],
    // Too large to read, so the answer's language comes from the page it was sent from.
    [
      'an oversized body',
      'de',
      'tooLarge',
      [...subscribeFields('big@example.com'), ['padding', 'x'.repeat(20_000)]],
      { referer: `${site.url}/de/subscribe` },
    ],
    [
      'a post from another site',
      'de',
      'origin',
      subscribeFields('csrf@example.com'),
      { origin: 'https://evil.example' },
    ],
    ['a post without an origin', 'de', 'origin', subscribeFields('csrf@example.com'), { origin: '' }],
  ];
  for (const [name, locale, error, fields, headers] of refusals) {
    const response = await post(request, '/api/alerts/subscribe', fields, headers);
    expect(response.status(), name).toBe(303);
    const location = response.headers()['location'] ?? '';
    expect(location, name).toBe(`/${locale}/subscribe?error=${error}`);
    await page.goto(`${site.url}${location}`);
    await expect(errorNote(page, locale), name).toContainText(messages(locale).alerts.errors[error]);
  }
  await expectAccessible(page);

  // A filled honeypot is answered as a success, and nothing is sent.
  const bot = await post(request, '/api/alerts/subscribe', [
    ...subscribeFields(`bot-${run}@example.com`).filter(([k]) => k !== 'website'),
    ['website', 'https://spam.example'],
  ]);
  expect(bot.headers()['location']).toBe('/de/subscribe/sent');
  await page.waitForTimeout(1000);
  expect(inbox.messages.length).toBe(before);
});

test('forged and expired links are refused with a clear message', async ({ request, page }) => {
  const forged = `confirm.${'0'.repeat(32)}.${Math.floor(Date.now() / 1000 + 3600).toString(36)}.${'A'.repeat(43)}`;
  await page.goto(`${site.url}/de/subscribe/confirm?token=${forged}`);
  await expect(errorNote(page)).toContainText(de.errors.invalidLink);
  const confirmPost = await post(request, '/api/alerts/confirm', [
    ['token', forged],
    ['locale', 'de'],
  ]);
  expect(confirmPost.headers()['location']).toBe('/de/subscribe/confirm?error=invalidLink');

  const id = (linkIn(inbox.to(reporter)[0], 'token=').match(/token=confirm\.([0-9a-f]{32})\./) ?? [])[1] ?? '';
  const expiredConfirm = signToken(secret, 'confirm', id, new Date(Date.now() - 49 * 3600_000));
  await page.goto(`${site.url}/de/subscribe/confirm?token=${expiredConfirm}`);
  await expect(errorNote(page)).toContainText(de.errors.expiredConfirm);
  const expiredManage = signToken(secret, 'manage', id, new Date(Date.now() - 91 * 86_400_000));
  await page.goto(`${site.url}/de/subscribe/preferences?token=${expiredManage}`);
  await expect(errorNote(page)).toContainText(de.errors.expiredManage);
  const deletePost = await post(request, '/api/alerts/delete', [
    ['token', expiredManage],
    ['locale', 'de'],
  ]);
  expect(deletePost.headers()['location']).toBe('/de/subscribe/preferences?error=expiredManage');
  await expectAccessible(page);

  const oneClick = await request.post(
    `${site.url}/api/alerts/unsubscribe?token=${forged.replace(/^confirm/, 'unsubscribe')}`,
    { data: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
  );
  expect(oneClick.status()).toBe(400);
});

test('a flood of requests for one address is stopped with a clear message', async ({ request, page }) => {
  const target = `flooded-${run}@example.com`;
  const fromElsewhere = { 'x-forwarded-for': '198.51.100.23' };
  for (let i = 0; i < 3; i++)
    expect(
      (await post(request, '/api/alerts/subscribe', subscribeFields(target), fromElsewhere)).headers()['location'],
    ).toBe('/de/subscribe/sent');
  const fourth = await post(request, '/api/alerts/subscribe', subscribeFields(target), fromElsewhere);
  expect(fourth.headers()['location']).toBe('/de/subscribe?error=rateAddress');
  await page.goto(`${site.url}/de/subscribe?error=rateAddress`);
  await expect(errorNote(page)).toContainText(de.errors.rateAddress);
  expect((await inbox.waitFor(target, 3)).length).toBe(3);
});

test('when the first embargoed release lifts, each subscriber gets exactly one alert, in their language', async ({
  request,
}) => {
  expect(Date.now(), 'still before the embargo').toBeLessThan(liftOne.getTime());
  await sendAlerts();
  expect(alertsTo(reporter)).toEqual([]);
  expect(alertsTo(control)).toEqual([]);

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, liftOne.getTime() - Date.now()) + 1_000));
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

test('one-click unsubscribe stops the alerts: the next release sends them nothing', async ({ request, browser }) => {
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

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, liftTwo.getTime() - Date.now()) + 1_000));
  await sendAlerts();
  await sendAlerts();
  await inbox.waitFor(control, 3);
  expect(alertsTo(control).map((m) => m.subject)).toEqual([titles.one.en, titles.two.de]);
  expect(alertsTo(reporter).map((m) => m.subject)).toEqual([titles.one.de]);
});

test('the settings page lets them download their data and delete it', async ({ browser }) => {
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

test('no page of the flow scrolls sideways at 320 px, in any language, with a long address and every box ticked', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 720 } });
  contexts.push(context);
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
