import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { openDb } from '../../lib/storage/db';
import { startFront, type Front } from '../../scripts/nginx-front';
import { addRelease } from '../support/alerts-site';
import { buildFixtureSite, npmRun, serveFixtureSite, type BuiltSite } from '../support/fixture-site';
import { startInbox, type Inbox } from '../support/mail-inbox';
import { linksIn } from '../support/mail-parse';
import { postgresProblem, startPostgres, type Cluster } from '../../scripts/postgres-cluster';
import { confirmedReaders } from '../../scripts/readers';
import { messages } from '../support/site';

/**
 * The reference topology of docs/deployment.md ("Several app nodes") on loopback: two production servers (node A and
 * node B, `npm start` from one build) behind the shipped nginx front with an upstream of two, one Postgres, and an
 * SMTP server in this process. A journalist subscribes through node A and confirms through node B; a flood of
 * sign-ups for one address is stopped across both; an embargoed release lifts; two `alerts:send` runs at once
 * send every subscriber exactly one alert; node A dies in the middle, and the front goes on answering from node B.
 */
test.describe.configure({ mode: 'serial', timeout: 10 * 60_000 });

const frontPort = Number(process.env.MULTINODE_PORT ?? 3170);
const [portA, portB] = [frontPort + 1, frontPort + 2];
const en = messages('en').alerts;
const run = Date.now().toString(36);
const journalist = `multinode-${run}@example.com`;
/** Readers added straight to the database: enough that each sender has a share of the work. */
const readers = 400;
const slug = 'multinode-lift';
const title = {
  en: 'smart multi-node: the release that lifts',
  de: 'smart Mehrere Knoten: die freigegebene Mitteilung',
};

let cluster: Cluster | undefined;
let inbox: Inbox | undefined;
let front: Front | undefined;
let folder = '';
let built: BuiltSite | undefined;
let lift = new Date();
const nodes: { url: string; stop: () => Promise<void>; kill: () => void }[] = [];

const problem = process.env.CI === 'true' ? undefined : postgresProblem();
test.skip(problem !== undefined, `no Postgres for the multi-node test: ${problem}`);

test.beforeAll(async () => {
  test.setTimeout(8 * 60_000);
  cluster = startPostgres({ durable: false });
  // A relay that takes 10 ms per message: the senders are still at work when node A dies.
  inbox = await startInbox({ acceptMs: 10 });
  // Far enough ahead for the build (about two minutes on a quiet 2-core machine) and the sign-ups before it lifts.
  lift = new Date(Math.ceil((Date.now() + 4 * 60_000) / 1000) * 1000);
  folder = mkdtempSync(path.join(tmpdir(), 'newsroom-multinode-'));
  const content = path.join(folder, 'content');
  cpSync(path.resolve('tests/fixtures/alerts-content'), content, { recursive: true });
  addRelease(content, slug, lift, title);
  built = buildFixtureSite({
    name: 'multinode',
    content,
    // Every absolute link names the front; each node learns its own port from `npm start -p`.
    port: frontPort,
    env: {
      DATABASE_URL: cluster.url,
      ALERTS_SECRET: `multinode-e2e-secret-${'m'.repeat(32)}`,
      SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
      ALERTS_FROM: 'smart Newsroom <alerts@newsroom.test>',
    },
  });
  nodes.push(await serveFixtureSite(built, portA), await serveFixtureSite(built, portB));
  front = await startFront({ port: frontPort, upstreamPort: [portA, portB] });
  expect(Date.now(), 'the build must finish at least a minute before the release lifts').toBeLessThan(
    lift.getTime() - 60_000,
  );
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await front?.stop();
  for (const node of nodes.splice(0)) await node.stop();
  await inbox?.stop();
  cluster?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The built copy both nodes serve, where cron would run `alerts:send` on each. */
const site = () => {
  if (!built) throw new Error('no site');
  return built;
};

const nodeUrl = (port: number) => `http://localhost:${port}`;

/** A sign-up form posted to one node, as that node's own page would post it. */
const subscribe = (request: APIRequestContext, port: number, email: string) =>
  request.post(`${nodeUrl(port)}/api/alerts/subscribe`, {
    data: new URLSearchParams([
      ['locale', 'en'],
      ['email', email],
      ['languages', 'en'],
      ['website', ''],
    ]).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: nodeUrl(port) },
    maxRedirects: 0,
  });

const alertsTo = (address: string) => (inbox?.to(address) ?? []).filter((mail) => mail.headers.has('list-unsubscribe'));

async function noScriptPage(browser: Browser) {
  return (await browser.newContext({ javaScriptEnabled: false })).newPage();
}

test('a journalist subscribes through node A and confirms through node B', async ({ browser }) => {
  const page = await noScriptPage(browser);
  await page.goto(`${nodeUrl(portA)}/en/subscribe`);
  await page.getByLabel(en.email).fill(journalist);
  await page.getByRole('button', { name: en.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.sentTitle);

  const [mail] = (await inbox?.waitFor(journalist, 1)) ?? [];
  const link = linksIn(mail?.text ?? '').find((l) => l.includes('/en/subscribe/confirm?token=')) ?? '';
  // The link names the front (SITE_URL); it is opened on node B, which checks node A's signature with the shared key.
  expect(link.startsWith(`http://localhost:${frontPort}/en/subscribe/confirm?token=`)).toBe(true);
  await page.goto(link.replace(`http://localhost:${frontPort}`, nodeUrl(portB)));
  await page.getByRole('button', { name: en.confirmButton }).click();
  await expect(page.getByRole('status').getByRole('paragraph')).toHaveText(en.statusConfirmed);
  await page.context().close();

  // And many more readers, confirmed before the release lifts.
  if (!cluster) throw new Error('no Postgres');
  const db = await openDb({ engine: 'postgres', url: cluster.url });
  try {
    await confirmedReaders(db, readers, new Date(), `reader-${run}-`);
    const confirmed = await db
      .selectFrom('subscribers')
      .select('email')
      .where('status', '=', 'confirmed')
      .where('email', '=', journalist)
      .execute();
    expect(confirmed).toHaveLength(1);
  } finally {
    await db.destroy();
  }
});

test('a flood of sign-ups for one address is stopped across both nodes', async ({ request }) => {
  const target = `flooded-${run}@example.com`;
  const answers = [];
  for (const port of [portA, portB, portA, portB]) answers.push((await subscribe(request, port, target)).headers());
  expect(answers.map((headers) => headers['location'])).toEqual([
    '/en/subscribe/sent',
    '/en/subscribe/sent',
    '/en/subscribe/sent',
    '/en/subscribe?error=rateAddress',
  ]);
  expect(await inbox?.waitFor(target, 3)).toHaveLength(3);
});

test('two senders at once send each subscriber exactly one alert, and the front outlives node A', async ({
  request,
}) => {
  const everyone = [
    journalist,
    ...Array.from({ length: readers }, (_, i) => `reader-${run}-${String(i).padStart(3, '0')}@example.com`),
  ];
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, lift.getTime() - Date.now()) + 1_000));

  // Readers keep asking the front for pages while the alerts go out and node A dies. Each address is new to the
  // front's cache (the query), so each request reaches a node: the one nginx picks, or the other when it is gone.
  const statuses: number[] = [];
  let polling = true;
  const poller = (async () => {
    const urls = ['/en', '/en/releases', `/en/releases/${slug}`, '/de/releases', '/en/subscribe'];
    for (let i = 0; polling; i++) {
      const url = `${front?.origin}${urls[i % urls.length]}?reader=${run}-${i}`;
      statuses.push((await request.get(url, { maxRedirects: 0 })).status());
    }
  })();

  const senders = Promise.all([npmRun(site(), 'alerts:send'), npmRun(site(), 'alerts:send')]);
  // Node A dies once the first alerts are out (the senders start in seconds: tsx, then the content).
  await expect
    .poll(() => inbox?.messages.filter((m) => m.headers.has('list-unsubscribe')).length ?? 0, { timeout: 90_000 })
    .toBeGreaterThan(20);
  nodes[0]?.kill();
  const killedAt = statuses.length;
  const outputs = await senders;
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  polling = false;
  await poller;

  // Each subscriber got the release once, none twice, and the two runs shared the work.
  for (const address of everyone)
    expect(
      alertsTo(address).map((m) => m.subject),
      address,
    ).toEqual([title.en]);
  const [first = 0, second = 0] = outputs.map((output) => Number(/(\d+) sent over SMTP/.exec(output)?.[1] ?? 0));
  expect(first + second).toBe(everyone.length);
  expect(Math.min(first, second)).toBeGreaterThan(0);
  // The front answered every request, before and after node A died, and the release's page from node B.
  expect(statuses.length - killedAt).toBeGreaterThan(10);
  expect(statuses.filter((status) => status >= 500)).toEqual([]);
  expect((await request.get(`${front?.origin}/en/releases/${slug}`)).status()).toBe(200);
  console.log(
    `multinode: ${first} + ${second} alerts sent by the two runs; ${statuses.length} requests through the front, ${statuses.length - killedAt} of them after node A died`,
  );
  // A sign-up through the front after the loss lands on node B.
  expect((await subscribe(request, frontPort, `after-${run}@example.com`)).headers()['location']).toBe(
    '/en/subscribe/sent',
  );
});
