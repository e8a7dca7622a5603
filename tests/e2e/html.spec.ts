import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { debianTool } from '../support/debian-tool';
import { everywhereSlug } from '../support/site';

/**
 * The Nu HTML checker (vnu-jar, run with Java) on the served HTML of every page type in a left-to-right, a CJK
 * and a right-to-left language: no error allowed. Java is installed from Debian when missing and we are root;
 * without it the test is skipped and says what to install, or fails under CI=true.
 */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

const pageTypes = (locale: string) => ({
  home: `/${locale}`,
  archive: `/${locale}/releases`,
  'archive-topic': `/${locale}/releases/topic/partnerships`,
  'archive-combined': `/${locale}/releases/topic/products/model/smart-5`,
  release: `/${locale}/releases/${everywhereSlug}`,
  brand: `/${locale}/about`,
  'brand-child': `/${locale}/about/history`,
  contacts: `/${locale}/contacts`,
  basket: `/${locale}/basket`,
  'not-found': `/${locale}/no-such-page`,
});

const report = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      subType: z.string().optional(),
      url: z.string().optional(),
      lastLine: z.number().optional(),
      message: z.string(),
      extract: z.string().optional(),
    }),
  ),
});

test('the Nu HTML checker finds no error on any page type', async ({ request }) => {
  const missing = debianTool('java', 'default-jre-headless');
  test.skip(missing !== undefined, `The Nu HTML checker (vnu.jar) needs Java. ${missing}`);
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-vnu-'));
  try {
    const files: string[] = [];
    for (const locale of ['en', 'zh', 'ar']) {
      for (const [name, url] of Object.entries(pageTypes(locale))) {
        const response = await request.get(url);
        expect(response.status(), url).toBe(name === 'not-found' ? 404 : 200);
        const file = path.join(dir, `${locale}-${name}.html`);
        writeFileSync(file, await response.body());
        files.push(file);
      }
    }
    const run = spawnSync(
      'java',
      ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
      { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 },
    );
    expect(run.status, run.stderr).toBe(0);
    // vnu writes its JSON report to stderr.
    const errors = report
      .parse(JSON.parse(run.stderr))
      .messages.filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map(
        (m) =>
          `${path.basename(m.url ?? '')}:${m.lastLine ?? '?'} ${m.message}${m.extract ? ` [${m.extract.trim().slice(0, 80)}]` : ''}`,
      );
    expect(errors).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
