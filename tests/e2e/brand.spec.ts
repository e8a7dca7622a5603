import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseMarkdownSource } from '../../lib/content/frontmatter';
import { readFileSync } from 'node:fs';
import {
  everywhereSlug,
  expectAccessible,
  expectNoHorizontalScroll,
  expectLanguage,
  locales,
  messages,
  type Locale,
} from '../support/site';

/** Every brand page of the content, read from content/pages: path, locale and title. */
function brandPages(): { path: string; locale: Locale; title: string }[] {
  const found: { path: string; locale: Locale; title: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const locale = locales.find((l) => `${l}.md` === name);
        const data = parseMarkdownSource(readFileSync(full, 'utf8')).data;
        const title =
          data && typeof data === 'object' && 'title' in data && typeof data.title === 'string' ? data.title : '';
        if (locale) found.push({ path: path.relative('content/pages', dir), locale, title });
      }
    }
  };
  walk('content/pages');
  return found;
}

const pages = brandPages();

test('every brand page exists in all six languages', () => {
  const paths = [...new Set(pages.map((p) => p.path))];
  expect(paths.length).toBeGreaterThanOrEqual(7);
  for (const p of paths)
    expect(
      pages
        .filter((page) => page.path === p)
        .map((page) => page.locale)
        .sort(),
      p,
    ).toEqual([...locales].sort());
});

for (const { path: pagePath, locale, title } of pages) {
  test(`brand page /${locale}/${pagePath}`, async ({ page }) => {
    const response = await page.goto(`/${locale}/${pagePath}`);
    expect(response?.status()).toBe(200);
    await expectLanguage(page, locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const t = messages(locale);
    await expect(
      page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.nav.releases }),
    ).toBeVisible();
    const crumbs = page.getByRole('navigation', { name: t.nav.breadcrumb });
    if (pagePath.includes('/')) {
      await expect(crumbs.getByRole('link')).toHaveCount(pagePath.split('/').length + 1);
      await expect(crumbs.getByRole('link').last()).toHaveAttribute('aria-current', 'page');
      await expect(crumbs.getByRole('link').first()).toHaveAttribute('href', `/${locale}`);
    } else {
      await expect(crumbs).toHaveCount(0);
    }
  });
}

test('the models page links each model to its filtered releases', async ({ page }) => {
  await page.goto('/en/models');
  for (const model of ['smart-1', 'smart-3', 'smart-5', 'smart-fortwo']) {
    await expect(page.locator(`main a[href="/en/releases/model/${model}"]`).first()).toBeVisible();
  }
});

test('key figures come from content and appear on home and the footprint page', async ({ page }) => {
  for (const [locale, url] of [
    ['en', '/en'],
    ['en', '/en/about/footprint'],
    ['zh', '/zh/about/footprint'],
  ] as const) {
    await page.goto(url);
    const figures = page.getByRole('region', { name: messages(locale).home.keyFacts }).locator('dd');
    await expect(figures).toHaveText(['38', '580+', '7']);
  }
});

for (const locale of ['en', 'zh', 'ar'] as const) {
  test(`no horizontal scroll at 320 px in ${locale}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    for (const url of [
      `/${locale}`,
      `/${locale}/releases`,
      `/${locale}/releases/${everywhereSlug}`,
      `/${locale}/about/history`,
      `/${locale}/contacts`,
      `/${locale}/releases/topic/partnerships`,
    ]) {
      await page.goto(url);
      await expectNoHorizontalScroll(page);
    }
  });
}

test('dark mode follows the system and a chosen theme persists from the first paint', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/en');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).toBe('rgb(13, 15, 19)');
  const toggle = page.getByRole('button', { name: messages('en').nav.darkMode });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background()).toBe('rgb(247, 246, 243)');
  // The next page must be light before any script of the app runs: check the very first paint's state.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { firstTheme: string }).firstTheme = getComputedStyle(
        document.documentElement,
      ).backgroundColor;
    });
  });
  await page.goto('/en/releases');
  expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe(
    'rgb(247, 246, 243)',
  );
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  for (const locale of ['en', 'ar'] as const) {
    test(`axe is clean in the ${scheme} theme (${locale})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const url of [`/${locale}`, `/${locale}/releases/${everywhereSlug}`, `/${locale}/about`]) {
        await page.goto(url);
        await expectAccessible(page);
      }
      await context.close();
    });
  }
}

for (const [device, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1440, height: 900 }],
] as const) {
  for (const locale of ['en', 'ar'] as const) {
    test(`screenshots for review: ${device} ${locale}`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewport);
      for (const [name, url] of [
        ['home', `/${locale}`],
        ['release', `/${locale}/releases/${everywhereSlug}`],
        ['about', `/${locale}/about`],
      ] as const) {
        await page.goto(url);
        await expectLanguage(page, locale);
        const file = testInfo.outputPath(`${name}-${device}-${locale}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`${name}-${device}-${locale}`, { path: file, contentType: 'image/png' });
      }
    });
  }
}
