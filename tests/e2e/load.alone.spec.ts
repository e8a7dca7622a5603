import { expect, test } from '@playwright/test';
import { everywhereSlug } from '../support/site';

/**
 * A short, bounded load run on loopback: 2,000 requests, 32 at a time, against a release page and a feed of the
 * server under test. Every response must be a complete 200; no timing is asserted (bench/serve measures speed).
 */
const total = 2_000;
const concurrency = 32;

test('2,000 requests at concurrency 32 all answer 200 with a full body', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL ?? '').origin;
  const targets = [`${origin}/en/releases/${everywhereSlug}`, `${origin}/zh/feeds/releases.atom`];
  const expected = new Map<string, number>();
  for (const url of targets) expected.set(url, (await (await fetch(url)).arrayBuffer()).byteLength);

  let issued = 0;
  const errors: string[] = [];
  const statuses = new Map<number, number>();
  async function worker() {
    while (issued < total) {
      const url = targets[issued++ % targets.length] ?? '';
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
        const bytes = (await response.arrayBuffer()).byteLength;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        // Bodies may differ by a few bytes when a page regenerates mid-run (ISR); an empty or cut body may not.
        if (bytes < (expected.get(url) ?? 0) * 0.9) errors.push(`${url}: ${bytes} bytes`);
      } catch (error) {
        errors.push(`${url}: ${String(error)}`);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));

  expect(errors.slice(0, 10)).toEqual([]);
  expect(Object.fromEntries(statuses)).toEqual({ 200: total });
});
