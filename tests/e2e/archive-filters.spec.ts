import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { releaseFileName } from '../../lib/content/file-names';
import { topics } from '../../lib/content/taxonomy';
import { joinLabels } from '../../lib/i18n/format';
import { expectAccessible, expectLanguage, messages, type Locale } from '../support/site';

/**
 * The archive's topic, model and year filters combine (/releases/topic/{t}/model/{m}/year/{y}), with counts that
 * follow the other choices, without JavaScript, and a filter block that leaves the listing on a phone's first screen.
 */
type Entry = {
  _raw: { sourceFileName: string };
  topics: string[];
  models?: string[];
  publishedAt: string;
  draft?: boolean;
};
const index: Entry[] = JSON.parse(readFileSync('.contentlayer/generated/Release/_index.json', 'utf8'));
const english = index.filter(
  (r) => r._raw.sourceFileName === releaseFileName('en') && !r.draft && Date.parse(r.publishedAt) <= Date.now(),
);
const count = (topic?: string, model?: string) =>
  english.filter((r) => (!topic || r.topics.includes(topic)) && (!model || (r.models ?? []).includes(model))).length;

const en = messages('en');
const topic = 'products';
const model = 'smart-5';
/** A topic with no smart #5 release: its chip must not link to an empty page. */
const emptyTopic = topics.find((t) => count(t, model) === 0) ?? 'brand';
const emptyLabel = en.topics[emptyTopic];
const combined = `/releases/topic/${topic}/model/${model}`;

const filterNav = (page: Page, locale: Locale = 'en') =>
  page.getByRole('navigation', { name: messages(locale).releases.filters });
const chip = (page: Page, label: string, n: number) =>
  filterNav(page).getByRole('link', { name: new RegExp(`^${label.replace(/[#.]/g, '\\$&')}\\s+${n}\\b`) });

test('choosing a topic, then a model keeps both, and every count follows, without JavaScript', async ({ browser }) => {
  expect(count(topic, model)).toBeGreaterThan(0);
  expect(count(topic, model)).toBeLessThan(count(undefined, model));
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/releases');
  await chip(page, en.topics[topic], count(topic)).click();
  await expect(page).toHaveURL(`/en/releases/topic/${topic}`);
  // Within the topic, the model's chip counts only the topic's releases.
  await chip(page, en.models[model], count(topic, model)).click();
  await expect(page).toHaveURL(`/en${combined}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Press releases: ${en.topics[topic]} · ${en.models[model]}`,
  );
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(count(topic, model));
  await expect(filterNav(page).locator('[aria-current="true"]')).toHaveCount(2);
  // The topics now count within the model; one without any is shown but is no link.
  await expect(chip(page, en.topics.markets, count('markets', model))).toHaveAttribute(
    'href',
    `/en/releases/topic/markets/model/${model}`,
  );
  await expect(filterNav(page).getByText(new RegExp(`^${emptyLabel}\\s+0$`))).toBeVisible();
  await expect(filterNav(page).getByRole('link', { name: new RegExp(`^${emptyLabel}\\b`) })).toHaveCount(0);
  // The active topic, chosen again, is taken off; the model stays.
  await filterNav(page)
    .getByRole('link', { name: new RegExp(`^${en.topics[topic]}.*${en.releases.removeFilter}`) })
    .click();
  await expect(page).toHaveURL(`/en/releases/model/${model}`);
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(count(undefined, model));
  await filterNav(page)
    .getByRole('link', { name: new RegExp(`^${en.releases.allModels}\\s+${english.length}$`) })
    .click();
  await expect(page).toHaveURL('/en/releases');
  await context.close();
});

test('a combined filter has its own title, canonical URL and noindex, and is served from the cache', async ({
  page,
  request,
}) => {
  await page.goto(`/en${combined}`);
  await expect(page).toHaveTitle(new RegExp(`^Press releases: ${en.topics[topic]} · ${en.models[model]}`));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${combined}$`));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const again = await request.get(`/de${combined}`);
  expect(again.status()).toBe(200);
  expect((await request.get(`/de${combined}`)).headers()['x-nextjs-cache']).toMatch(/HIT|STALE/);
});

test('filters written in another order redirect permanently to the one order', async ({ request }) => {
  const response = await request.get(`/fr/releases/model/${model}/topic/${topic}?ref=mail`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe(`/fr${combined}?ref=mail`);
});

for (const locale of ['en', 'ar'] as const) {
  test(`unknown or empty combinations answer the localized 404 in ${locale}`, async ({ page }) => {
    for (const path of [
      `/releases/topic/${emptyTopic}/model/${model}`,
      `/releases/topic/${topic}/model/smart-9`,
      `/releases/topic/${topic}/topic/markets`,
      `/releases/topic/${topic}/year/1999`,
      `/releases/topic/${topic}/model/${model}/page/${Math.ceil(count(topic, model) / 10) + 1}`,
      `/releases/model/${model}/topic/${emptyTopic}`,
    ]) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages(locale).notFound.title);
      await expectLanguage(page, locale);
    }
  });

  test(`the filter block ends on a phone's first screen in ${locale}, and opens to the chips`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const t = messages(locale);
    for (const path of ['/releases', combined]) {
      await page.goto(`/${locale}${path}`);
      // The closed block's navigation is hidden, so it is found by its place, not its role.
      const block = page.getByRole('main').locator('details');
      const box = await block.boundingBox();
      expect(box && box.y + box.height, path).toBeLessThanOrEqual(844);
      await expect(filterNav(page, locale)).toBeHidden();
    }
    // Labels are joined as lib/i18n/format.ts joinLabels does: a Latin model name is isolated in an Arabic line.
    const summary = page.getByText(
      `${t.releases.filteredBy.replace('{filters}', joinLabels(locale, [t.topics[topic], t.models[model]]))}`,
    );
    await expect(summary).toBeVisible();
    await summary.click();
    await expect(
      filterNav(page, locale).getByRole('link', { name: new RegExp(`^${t.releases.allTopics}`) }),
    ).toBeVisible();
    await context.close();
  });

  test(`a combined filter page is accessible in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}${combined}`);
    await expectLanguage(page, locale);
    await expect(
      filterNav(page, locale).getByRole('link', { name: new RegExp(`^${messages(locale).releases.allYears}`) }),
    ).toBeVisible();
    await expectAccessible(page);
  });
}
