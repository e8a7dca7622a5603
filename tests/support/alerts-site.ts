import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { releaseFileName } from '../../lib/content/file-names';
import { npmRun, startFixtureSite, type FixtureSite } from './fixture-site';
import { startInbox, type Inbox, type Received } from './mail-inbox';
import { linksIn } from './mail-parse';
import { messages, type Messages } from './site';

/**
 * The journalist alerts story (tests/e2e/alerts.isolated.spec.ts and its steps in tests/e2e/alerts/): one site built
 * from tests/fixtures/alerts-content plus two embargoed releases due a few minutes after the build starts, and an
 * SMTP server on loopback inside the test process, to which the site and `npm run alerts:send` deliver.
 */
const port = Number(process.env.ALERTS_SITE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 20);
export const secret = `alerts-e2e-secret-${'k'.repeat(32)}`;
export const run = Date.now().toString(36);
/** The journalist of the story (German, products only), a second one (English, every topic), one with scripts. */
export const reporter = `reporter-${run}@example.com`;
export const control = `control-${run}@example.com`;
export const scripted = `scripted-${run}@example.com`;
export const de = messages('de').alerts;
export const en = messages('en').alerts;
export const deTopics = messages('de').topics;
export const enTopics = messages('en').topics;
export const titles = {
  one: {
    en: 'smart alerts: the first release to lift',
    de: 'smart Benachrichtigungen: die erste freigegebene Mitteilung',
  },
  two: {
    en: 'smart alerts: the second release to lift',
    de: 'smart Benachrichtigungen: die zweite freigegebene Mitteilung',
  },
};
export const summaries = {
  en: 'An embargoed release for the alerts test.',
  de: 'Eine Mitteilung mit Sperrfrist für den Test der Benachrichtigungen.',
};

type AlertsSite = {
  site: FixtureSite;
  inbox: Inbox;
  folder: string;
  siteEnv: NodeJS.ProcessEnv;
  liftOne: Date;
  liftTwo: Date;
};
let started: AlertsSite | undefined;
const contexts: BrowserContext[] = [];

/** The running site and inbox, and when the two releases lift. */
export function alertsSite(): AlertsSite {
  if (!started) throw new Error('the alerts fixture site has not been started (startAlertsSite in beforeAll)');
  return started;
}

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, '+00:00');

/** A release due at `at`, made from the fixture's archive release (English and German). */
export function addRelease(content: string, slug: string, at: Date, title: { en: string; de: string }) {
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

/** Builds and starts the site (.sites/alerts) with the inbox it delivers to; once, for every step of the story. */
export async function startAlertsSite(): Promise<void> {
  // Far enough ahead for the fixture site's build (about two minutes on a quiet 2-core machine) and the steps that
  // run before the embargo lifts.
  const liftOne = new Date(Math.ceil((Date.now() + 5 * 60_000) / 1000) * 1000);
  const liftTwo = new Date(liftOne.getTime() + 40_000);
  const folder = mkdtempSync(path.join(tmpdir(), 'newsroom-alerts-e2e-'));
  const content = path.join(folder, 'content');
  cpSync(path.resolve('tests/fixtures/alerts-content'), content, { recursive: true });
  addRelease(content, 'alerts-lift-one', liftOne, titles.one);
  addRelease(content, 'alerts-lift-two', liftTwo, titles.two);
  const inbox = await startInbox();
  const alertsEnv = {
    ALERTS_DB: path.join(folder, 'data', 'alerts.sqlite'),
    ALERTS_SECRET: secret,
    SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
    ALERTS_FROM: 'smart Newsroom <alerts@newsroom.test>',
  };
  const site = await startFixtureSite({ name: 'alerts', content, port, env: alertsEnv });
  const siteEnv = { ...process.env, SITE_URL: site.url, NEXT_TELEMETRY_DISABLED: '1', ...alertsEnv };
  started = { site, inbox, folder, siteEnv, liftOne, liftTwo };
  expect(Date.now(), 'the build must finish at least a minute before the first release lifts').toBeLessThan(
    liftOne.getTime() - 60_000,
  );
}

export async function stopAlertsSite(): Promise<void> {
  for (const context of contexts.splice(0)) await context.close();
  await started?.site.stop();
  await started?.inbox.stop();
  if (started) rmSync(started.folder, { recursive: true, force: true });
  started = undefined;
}

/** Resolves when the moment has passed, with a second to spare. */
export const waitUntil = (moment: Date) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, moment.getTime() - Date.now()) + 1_000));

/** `npm run alerts:send` in the fixture site, as cron would run it (asynchronously: the SMTP server is in this process). */
export function sendAlerts(): Promise<string> {
  const { site, siteEnv } = alertsSite();
  return npmRun({ root: site.root, env: siteEnv }, 'alerts:send');
}

/** A form post to the site, as a browser would send it from the site's own pages (unless `headers` say otherwise). */
export async function post(
  request: APIRequestContext,
  url: string,
  fields: [string, string][],
  headers: Record<string, string> = {},
) {
  const { site } = alertsSite();
  const response = await request.post(url.startsWith('http') ? url : `${site.url}${url}`, {
    data: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.url, ...headers },
    maxRedirects: 0,
  });
  expect(response.status(), `${url} must never answer with a server error`).toBeLessThan(500);
  return response;
}

export const subscribeFields = (email: string, locale = 'de'): [string, string][] => [
  ['locale', locale],
  ['email', email],
  ['languages', locale],
  ['website', ''],
];
export const alertsTo = (address: string) =>
  alertsSite()
    .inbox.to(address)
    .filter((m) => m.headers.has('list-unsubscribe'));
/** The text part with the line breaks it was written with (SMTP carries CRLF). */
export const textOf = (mail: Received | undefined) => (mail?.text ?? '').replace(/\r\n/g, '\n');
export const linkIn = (mail: Received | undefined, fragment: string) =>
  linksIn(mail?.text ?? '').find((link) => link.includes(fragment)) ?? '';

/** The error note of an alerts page (not Next's route announcer, which is also an alert when scripts run). */
export const errorNote = (page: Page, locale: 'de' | 'en' = 'de') =>
  page.getByRole('alert').filter({ hasText: messages(locale).alerts.errorTitle });

/** A browser context closed when the site stops. */
export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context;
}

export async function noScriptPage(browser: Browser) {
  return (await newContext(browser, { javaScriptEnabled: false })).newPage();
}

/** "Languages: …" and "Topics: …" as the pages and e-mails word them (language names in the page's language). */
export const summary = (t: Messages['alerts'], language: string, topics: string) => [
  t.summaryLanguages.replace('{languages}', language),
  t.summaryTopics.replace('{topics}', topics),
];
