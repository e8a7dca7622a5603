import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { releaseFileName } from '../../lib/content/file-names';
import { parseMarkdownSource } from '../../lib/content/frontmatter';
import { releaseFrontmatter } from '../../lib/content/schema';
import {
  everywhereSlug,
  expectAccessible,
  expectLanguage,
  locales,
  messages,
  partlyTranslatedSlug,
} from '../support/site';

const en = messages('en');
const correctedSlug = 'nsp-chinese-mainland';

test.describe('a release page', () => {
  test('has dateline, highlights, pull quotes, gallery, contacts and boilerplate', async ({ page }) => {
    await page.goto(`/en/releases/${everywhereSlug}`);
    await expect(page.locator('[data-dateline] > time')).toHaveText('15 July 2025 at 10:00 China Standard Time');
    await expect(page.locator('[data-dateline] > time')).toHaveAttribute('datetime', '2025-07-15T10:00:00+08:00');
    const highlights = page.getByRole('region', { name: en.release.highlights });
    await expect(highlights.getByRole('listitem').first()).toBeVisible();
    const quotes = page.locator('figure.pull-quote');
    await expect(quotes).toHaveCount(2);
    await expect(quotes.first().locator('figcaption')).toHaveText('Tong Xiangbei, Global CEO of smart');
    const gallery = page.locator('figure').filter({ has: page.locator('img[src*="gallery-1.jpg"]') });
    await expect(gallery.locator('figcaption')).toContainText('Image: smart Automobile Co., Ltd.');
    await expect(page.getByRole('heading', { name: en.release.contacts })).toBeVisible();
    await expect(page.getByRole('heading', { name: en.release.boilerplateHeading })).toBeVisible();
  });

  test('links to its real translations only', async ({ page }) => {
    await page.goto(`/en/releases/${partlyTranslatedSlug}`);
    const languages = page.getByRole('region', { name: en.release.alsoAvailableIn });
    await expect(languages.getByRole('link')).toHaveText(['Deutsch', '简体中文']);
    await page.goto(`/de/releases/${everywhereSlug}`);
    await expect(
      page.getByRole('region', { name: messages('de').release.alsoAvailableIn }).getByRole('link'),
    ).toHaveCount(5);
  });

  test('lists related releases sharing a topic or model, newest first', async ({ page }) => {
    await page.goto(`/en/releases/${partlyTranslatedSlug}`);
    const related = page.getByRole('region', { name: en.release.related }).getByRole('link');
    await expect(related).toHaveCount(3);
    const dates = await page
      .getByRole('region', { name: en.release.related })
      .locator('time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('shows the update notice and the corrections log', async ({ page }) => {
    await page.goto(`/en/releases/${correctedSlug}`);
    await expect(page.getByText(/^Updated/)).toContainText('11 June 2025');
    const corrections = page.getByRole('region', { name: en.release.corrections });
    await expect(corrections.getByRole('listitem')).toHaveCount(1);
    await expect(corrections).toContainText('Navigation on smart Pilot');
  });

  test('copies the whole release as plain text, and its link', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en/releases/${everywhereSlug}`);
    await page.getByRole('button', { name: en.tools.copyText }).click();
    await expect(page.getByRole('button', { name: en.tools.copyText })).toContainText(en.tools.copied);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    expect(text.startsWith(`${title}\n\nSHANGHAI, 15 July 2025 at 10:00 China Standard Time –`)).toBe(true);
    expect(text).toContain('press@example.com');
    expect(text).toContain('"In the first half of 2025, smart has accelerated global expansion');
    expect(text).toContain('— Tong Xiangbei, Global CEO of smart');
    expect(text).not.toMatch(/<[a-z]|\*\*|^#/m);
    await page.getByRole('button', { name: en.tools.copyLink }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/releases/${everywhereSlug}`);
  });

  test('offers share links as plain links and loads nothing from another origin', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL ?? '') && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await page.goto(`/en/releases/${everywhereSlug}`);
    await page.waitForLoadState('networkidle');
    const tools = page.getByRole('region', { name: en.tools.share });
    await expect(tools.getByRole('link', { name: /LinkedIn/ })).toHaveAttribute(
      'href',
      /^https:\/\/www\.linkedin\.com\/sharing\/share-offsite\/\?url=/,
    );
    await expect(tools.getByRole('link', { name: /^X/ })).toHaveAttribute(
      'href',
      /^https:\/\/x\.com\/intent\/post\?url=/,
    );
    await expect(tools.getByRole('link', { name: new RegExp(`^${en.tools.email}`) })).toHaveAttribute(
      'href',
      /^mailto:\?subject=/,
    );
    expect(foreign).toEqual([]);
  });

  test('prints as one clean column with its address and without navigation', async ({ page, baseURL }) => {
    await page.goto(`/en/releases/${everywhereSlug}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('region', { name: en.tools.heading })).toBeHidden();
    await expect(page.getByText(`${baseURL}/en/releases/${everywhereSlug}`, { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: en.release.contacts })).toBeVisible();
    const article = page.locator('article .grid').first();
    await expect(article).toHaveCSS('display', 'block');
  });

  test('stays readable without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/ar/releases/${everywhereSlug}`);
    await expectLanguage(page, 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.prose-newsroom p').first()).toBeVisible();
    await context.close();
  });

  test('every public release answers at /{locale}/releases/{slug}, the slug being its folder name without the date', async ({
    request,
  }) => {
    const folders = readdirSync('content/releases').filter((folder) => {
      const english = releaseFrontmatter.parse(
        parseMarkdownSource(readFileSync(`content/releases/${folder}/${releaseFileName('en')}`, 'utf8')).data,
      );
      return !english.draft && Date.parse(english.publishedAt) <= Date.now();
    });
    expect(folders).toContain(`2025-07-15-${everywhereSlug}`);
    for (const folder of folders) {
      for (const locale of locales) {
        const url = `/${locale}/releases/${folder.replace(/^\d{4}-\d{2}-\d{2}-/, '')}`;
        expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
      }
    }
  });

  test('a former slug redirects permanently to the current one', async ({ request }) => {
    const response = await request.get('/en/releases/h1-2025-review', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toMatch(new RegExp(`/en/releases/${everywhereSlug}$`));
  });
});

test.describe('the archive', () => {
  const contentIndex: {
    _raw: { sourceFileName: string };
    topics: string[];
    models?: string[];
    publishedAt: string;
    draft?: boolean;
  }[] = JSON.parse(readFileSync('.contentlayer/generated/Release/_index.json', 'utf8'));
  const english = contentIndex.filter(
    (r) => r._raw.sourceFileName === releaseFileName('en') && !r.draft && Date.parse(r.publishedAt) <= Date.now(),
  );

  for (const [facet, value, count] of [
    ['topic', 'partnerships', english.filter((r) => r.topics.includes('partnerships')).length],
    ['model', 'smart-5', english.filter((r) => r.models?.includes('smart-5')).length],
    ['year', '2025', english.filter((r) => r.publishedAt.startsWith('2025')).length],
  ] as const) {
    test(`/${facet}/${value} lists exactly its ${count} releases and shows the count`, async ({ page }) => {
      const response = await page.goto(`/en/releases/${facet}/${value}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('main').getByRole('article')).toHaveCount(Math.min(count, 10));
      await expect(page.getByText(new RegExp(`^${count} press releases`))).toBeVisible();
      const filters = page.getByRole('navigation', { name: en.releases.filters });
      // The active filter's chip: its count, and a link that takes it off again.
      await expect(filters.locator('[aria-current="true"]')).toContainText(String(count));
      await expect(filters.locator('[aria-current="true"]')).toHaveAttribute('href', '/en/releases');
    });
  }

  test('pages with working links and without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/releases');
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(10);
    await page.getByRole('link', { name: en.releases.older }).click();
    await expect(page).toHaveURL('/en/releases/page/2');
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(english.length - 10);
    await expect(page.getByText('Page 2 of 2', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: en.releases.newer }).click();
    await expect(page).toHaveURL('/en/releases');
    await context.close();
  });

  test('lists untranslated releases in English with a language badge', async ({ page }) => {
    await page.goto('/fr/releases');
    // The card stays in the reader's interface (the release page shows the English original there) and says so.
    const card = page
      .getByRole('article')
      .filter({ has: page.locator(`a[href="/fr/releases/${partlyTranslatedSlug}"]`) });
    await expect(card.getByText(messages('fr').releases.inEnglish)).toBeVisible();
    await expect(card.getByRole('heading')).toHaveAttribute('lang', 'en');
    await expect(card.getByRole('heading')).toHaveAttribute('dir', 'ltr');
    const translated = page
      .getByRole('article')
      .filter({ has: page.locator(`a[href="/fr/releases/${everywhereSlug}"]`) });
    await expect(translated.getByText(messages('fr').releases.inEnglish)).toHaveCount(0);
  });

  for (const locale of ['en', 'ar'] as const) {
    test(`filter pages are accessible in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/releases/topic/partnerships`);
      await expectLanguage(page, locale);
      await expectAccessible(page);
    });
  }
});
