import { expect, test } from '@playwright/test';

/**
 * The dateline in each language's own words and punctuation, with the zone named, and the reader's own time beside
 * it when their clock shows another (Playwright's timezoneId is the reader's zone). Chinese text is never
 * justified. Releases: a Shanghai launch (10:00 Beijing time) and the Milan Design Week premiere (11:00 in Milan).
 */
const shanghaiSlug = 'peets-coffee-crema-edition';
const milanSlug = 'smart-5-brabus-milan-design-week';
const dateline = (page: import('@playwright/test').Page) => page.locator('[data-dateline]');
const readerTime = (page: import('@playwright/test').Page) => page.locator('[data-reader-time]');

test.describe('a reader in the release’s own zone', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('reads the Chinese dateline with a Chinese comma and 北京时间 after the date, and no second time', async ({
    page,
  }) => {
    await page.goto(`/zh/releases/${shanghaiSlug}`);
    await expect(dateline(page)).toHaveText('上海，2025年5月28日 北京时间 10:00 —', { useInnerText: true });
    await expect(readerTime(page)).toHaveCount(0);
  });
});

test.describe('a reader in Milan', () => {
  test.use({ timezoneId: 'Europe/Rome' });

  test('reads the Arabic dateline with an Arabic comma and the zone by name, and no second time', async ({ page }) => {
    await page.goto(`/ar/releases/${milanSlug}`);
    await expect(dateline(page)).toHaveText('ميلانو، 8 أبريل 2025 في 11:00 ص توقيت وسط أوروبا الصيفي –', {
      useInnerText: true,
    });
    await expect(page.locator('[data-dateline] > time')).toHaveAttribute('datetime', '2025-04-08T11:00:00+02:00');
    await expect(readerTime(page)).toHaveCount(0);
  });
});

test.describe('a reader in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('sees the Milan premiere on their own clock beside the dateline, in their language', async ({ page }) => {
    await page.goto(`/en/releases/${milanSlug}`);
    await expect(dateline(page)).toHaveText(
      'MILAN, 8 April 2025 at 11:00 CEST (your time: 8 April 2025 at 05:00 Eastern Daylight Time) –',
      { useInnerText: true },
    );
    await page.goto(`/zh/releases/${milanSlug}`);
    await expect(readerTime(page)).toHaveText(/^ ?（您当地时间：2025年4月8日 北美东部夏令时间 05:00）$/);
    await page.goto(`/ar/releases/${milanSlug}`);
    await expect(readerTime(page).locator('time')).toHaveText(/^8 أبريل 2025 في 5:00 ص /);
  });

  test('without JavaScript sees the dateline alone: the page is the same for every reader', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await page.goto(`/en/releases/${milanSlug}`);
    await expect(dateline(page)).toHaveText('MILAN, 8 April 2025 at 11:00 CEST –', { useInnerText: true });
    await expect(readerTime(page)).toHaveCount(0);
    await context.close();
  });
});

test('Chinese body text and headings are not justified (Latin words keep their spacing)', async ({ page }) => {
  await page.goto('/zh/releases/open-your-mind-experiences');
  const body = page.locator('article .prose-newsroom').first();
  await expect(body.getByText('该活动将“open your mind”品牌主张')).toBeVisible();
  const alignments = await body
    .locator('p, h2, h3, li')
    .evaluateAll((elements) => [...new Set(elements.map((e) => getComputedStyle(e).textAlign))]);
  expect(alignments).toEqual(['start']);
});
