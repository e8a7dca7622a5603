import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import {
  changedFiles,
  choose,
  contentFiles,
  field,
  openEditor,
  readRepo,
  reveal,
  type RepoFiles,
} from '../support/cms-editor';
import { startFixtureSite } from '../support/fixture-site';
import { expectAccessible } from '../support/site';

/**
 * The web editor at /admin, driven through its local mode as `npm run edit` offers it: what it writes passes the
 * content check unchanged, builds into a preview, and an edit changes nothing but the edited line.
 */
const previewPort = Number(process.env.EDITOR_PORT ?? 3192);
const folder = 'content/releases/2026-03-02-test-release-written-in-the-editor';

test.describe.configure({ mode: 'serial' });
// Asia/Shanghai: the time zone the test then changes to Europe/Berlin, so that the offset written is the chosen zone's.
test.use({ timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 900 } });

function writeTree(files: RepoFiles, root: string) {
  for (const [file, bytes] of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), bytes);
  }
}

test('a new release in English and German, with a hero picture, passes the check and builds into a preview', async ({
  page,
}) => {
  test.setTimeout(8 * 60_000);
  const before = contentFiles();
  await openEditor(page, before);
  await page.getByRole('button', { name: 'New' }).first().click();
  const english = page.getByRole('group', { name: 'Edit ⁨English⁩ Content' });

  // A new release starts as a draft, at the next full hour in the editor's own time zone.
  await expect(field(english, 'Published at').getByRole('textbox')).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:00$/);
  await expect(field(english, 'Published at')).toContainText('Asia/Shanghai (UTC+08:00)');
  await expect(field(english, 'Time zone').getByRole('combobox')).toHaveText('Asia/Shanghai');
  await expectAccessible(page);

  await english.getByRole('textbox', { name: 'Title' }).fill('Test release written in the editor');
  await english
    .getByRole('textbox', { name: 'Summary' })
    .fill('A release created in the web editor by the end-to-end test.');
  await choose(page, field(english, 'Time zone'), 'Europe/Berlin');
  await field(english, 'Published at').getByRole('textbox').fill('2026-03-02T10:00');
  await expect(field(english, 'Published at')).toContainText('Europe/Berlin (UTC+01:00)');
  await english.getByRole('textbox', { name: 'Location' }).fill('Berlin');
  await field(english, 'Topics').getByRole('checkbox', { name: 'Company' }).check();
  await field(english, 'Models').getByRole('checkbox', { name: 'smart #5' }).check();

  const hero = await reveal(page, field(english, 'Models'), field(english, 'Hero picture'));
  await hero.getByRole('button', { name: 'Browse' }).click();
  const picker = page.getByRole('dialog', { name: 'Select Image' });
  const chooser = page.waitForEvent('filechooser');
  await picker.getByRole('button', { name: 'Upload' }).click();
  const jpeg = await sharp({ create: { width: 2400, height: 1350, channels: 3, background: '#6a2c70' } })
    .jpeg()
    .toBuffer();
  await (await chooser).setFiles({ name: 'Hero.JPG', mimeType: 'image/jpeg', buffer: jpeg });
  await picker.getByRole('button', { name: 'Insert' }).click();
  await hero.getByRole('textbox', { name: 'Alt text' }).fill('A plum-coloured test picture');
  await hero.getByRole('textbox', { name: 'Caption' }).fill('The test picture of the editor test.');
  await hero.getByRole('textbox', { name: 'Credit' }).fill('smart Automobile Co., Ltd.');
  await hero.getByRole('radio', { name: 'Editorial use only' }).check();

  const contacts = await reveal(page, hero, field(english, 'Contacts'));
  await contacts.getByRole('checkbox', { name: 'smart Global Communications' }).check();
  const text = await reveal(page, contacts, field(english, 'Text'));
  await text
    .getByRole('textbox')
    .fill('The first paragraph of the test release.\n\n## A heading\n\nThe second paragraph.');

  // German, side by side: the pane on the right switches from the preview to German.
  await page
    .getByRole('group', { name: /^Preview/ })
    .getByRole('combobox', { name: 'Switch Locale' })
    .click();
  await page.getByRole('option', { name: /German/ }).click();
  const german = page.getByRole('group', { name: 'Edit ⁨German⁩ Content' });
  await german.getByRole('button', { name: 'Enable ⁨German⁩' }).click();
  await german.getByRole('textbox', { name: 'Title' }).fill('Testmeldung aus dem Editor');
  await german
    .getByRole('textbox', { name: 'Summary' })
    .fill('Eine im Web-Editor vom End-to-End-Test angelegte Meldung.');
  await german.getByRole('textbox', { name: 'Location' }).fill('Berlin');
  const germanHero = await reveal(
    page,
    german.getByRole('textbox', { name: 'Location' }),
    field(german, 'Hero picture'),
  );
  await germanHero.getByRole('textbox', { name: 'Alt text' }).fill('Ein pflaumenfarbenes Testbild');
  await germanHero.getByRole('textbox', { name: 'Caption' }).fill('Das Testbild des Editor-Tests.');
  const germanText = await reveal(page, germanHero, field(german, 'Text'));
  await germanText.getByRole('textbox').fill('Der erste Absatz der Testmeldung.');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved' })).toBeVisible();

  const after = await readRepo(page);
  expect(changedFiles(before, after)).toEqual([`${folder}/hero.jpg`, `${folder}/index.de.md`, `${folder}/index.en.md`]);
  expect(after.get(`${folder}/hero.jpg`)?.equals(jpeg)).toBe(true);
  expect(after.get(`${folder}/index.en.md`)?.toString()).toBe(`---
title: "Test release written in the editor"
summary: "A release created in the web editor by the end-to-end test."
publishedAt: "2026-03-02T10:00:00+01:00"
timeZone: "Europe/Berlin"
location: "Berlin"
topics: [corporate]
models: [smart-5]
hero:
  file: "hero.jpg"
  alt: "A plum-coloured test picture"
  caption: "The test picture of the editor test."
  credit: "smart Automobile Co., Ltd."
  usage: "editorial"
contacts: [global-communications]
draft: true
---

The first paragraph of the test release.

## A heading

The second paragraph.
`);
  const de = after.get(`${folder}/index.de.md`)?.toString() ?? '';
  expect(de).toContain('title: "Testmeldung aus dem Editor"\n');
  expect(de).toContain('publishedAt: "2026-03-02T10:00:00+01:00"\n');
  expect(de).toContain(
    '  alt: "Ein pflaumenfarbenes Testbild"\n  caption: "Das Testbild des Editor-Tests."\n  credit: "smart Automobile Co., Ltd."\n',
  );

  // The files as written pass the content check, with the rest of the content.
  const root = mkdtempSync(path.join(tmpdir(), 'newsroom-editor-'));
  try {
    writeTree(after, root);
    const check = spawnSync('npx', ['tsx', 'scripts/content-check.ts', path.join(root, 'content')], {
      encoding: 'utf8',
    });
    expect(check.status, `content:check on what the editor wrote:\n${check.stdout}${check.stderr}`).toBe(0);

    // And build: a preview of the test fixture's content with the new release (and its contact) added.
    const preview = path.join(root, 'preview');
    cpSync(path.resolve('tests/fixtures/content'), preview, { recursive: true });
    cpSync(path.join(root, folder), path.join(preview, 'releases', path.basename(folder)), { recursive: true });
    cpSync(
      path.join(root, 'content/contacts/global-communications.yaml'),
      path.join(preview, 'contacts/global-communications.yaml'),
    );
    const site = await startFixtureSite({
      name: 'editor',
      content: preview,
      port: previewPort,
      env: { NEWSROOM_PREVIEW: '1' },
    });
    try {
      await page.goto(`${site.url}/en/releases/test-release-written-in-the-editor`);
      await expect(page.getByRole('heading', { level: 1, name: 'Test release written in the editor' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Draft — not public' })).toBeVisible();
      await expect(page.getByRole('img', { name: 'A plum-coloured test picture' }).first()).toBeVisible();
      await page.goto(`${site.url}/de/releases/test-release-written-in-the-editor`);
      await expect(page.getByRole('heading', { level: 1, name: 'Testmeldung aus dem Editor' })).toBeVisible();
      await expect(page.getByRole('main')).toContainText('Der erste Absatz der Testmeldung.');
    } finally {
      await site.stop();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('editing one field of a release in six languages changes that line and nothing else', async ({ page }) => {
  const before = contentFiles();
  await openEditor(page, before);
  await page.getByText("smart's first half of 2025: seven new markets").first().click();
  const english = page.getByRole('group', { name: 'Edit ⁨English⁩ Content' });
  const summary = english.getByRole('textbox', { name: 'Summary' });
  await expect(summary).toHaveValue(/^In the first half of 2025, smart entered seven new markets/);
  // Arabic, side by side, right to left.
  await page
    .getByRole('group', { name: /^Preview/ })
    .getByRole('combobox', { name: 'Switch Locale' })
    .click();
  await page.getByRole('option', { name: 'Arabic' }).click();
  const arabicTitle = page
    .getByRole('group', { name: 'Edit ⁨Arabic⁩ Content' })
    .getByRole('textbox', { name: 'Title' });
  await expect(arabicTitle).toHaveValue(/^النصف الأول من عام 2025/);
  await expect(arabicTitle).toHaveAttribute('dir', 'rtl');
  await expect(arabicTitle).toHaveAttribute('lang', 'ar');
  await summary.fill(
    'In the first half of 2025, smart entered seven new markets and reached 38 countries and regions.',
  );
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved' })).toBeVisible();

  const after = await readRepo(page);
  const file = 'content/releases/2025-07-15-first-half-2025/index.en.md';
  expect(changedFiles(before, after)).toEqual([file]);
  const lines = (files: RepoFiles) => files.get(file)?.toString().split('\n') ?? [];
  const changed = lines(after).flatMap((line, i) => (line === lines(before)[i] ? [] : [[lines(before)[i], line]]));
  expect(lines(after)).toHaveLength(lines(before).length);
  expect(changed).toEqual([
    [
      expect.stringMatching(/^summary: "In the first half of 2025, smart entered seven new markets in the MENA/),
      'summary: "In the first half of 2025, smart entered seven new markets and reached 38 countries and regions."',
    ],
  ]);
});
