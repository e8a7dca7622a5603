import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { pageFileLocale, releaseFileLocale } from '../../lib/content/file-names';
import { expectAccessible, languageTag, locales, messages, type Locale } from '../support/site';

/**
 * Site search against the built Pagefind bundle. Expectations come from contentlayer's generated index (public =
 * not a draft and publishedAt passed), never from the index itself.
 */

const generatedDoc = z.object({
  title: z.string(),
  publishedAt: z.string().optional(),
  draft: z.boolean().optional(),
  topics: z.array(z.string()).optional(),
  body: z.object({ raw: z.string() }),
  _raw: z.object({ sourceFileDir: z.string(), sourceFileName: z.string() }),
});
type Doc = z.infer<typeof generatedDoc> & { slug: string; locale: string; isPublic: boolean };

function localeOf(type: 'Release' | 'Page', fileName: string): Locale {
  const locale = (type === 'Release' ? releaseFileLocale : pageFileLocale)(fileName);
  if (!locale) throw new Error(`${fileName} is not named after a locale`);
  return locale;
}

function read(type: 'Release' | 'Page'): Doc[] {
  const docs = z
    .array(generatedDoc)
    .parse(JSON.parse(readFileSync(`.contentlayer/generated/${type}/_index.json`, 'utf8')));
  return docs.map((doc) => ({
    ...doc,
    slug: path.basename(doc._raw.sourceFileDir).replace(/^\d{4}-\d{2}-\d{2}-/, ''),
    locale: localeOf(type, doc._raw.sourceFileName),
    isPublic: doc.draft !== true && (doc.publishedAt === undefined || Date.parse(doc.publishedAt) <= Date.now()),
  }));
}
const releases = read('Release');
const pages = read('Page');

/** A release known to every locale, and a word of its body in each that no other document of that locale has. */
const knownSlug = 'keith-haring-art-car';
const bodyWords = { en: 'message', de: 'Botschaft', zh: '墙面', ar: 'الجدران' } as const;

const searchbox = (page: Page, locale: Locale) => page.getByRole('searchbox', { name: messages(locale).search.label });
const results = (page: Page) => page.getByRole('main').getByRole('listitem');
const status = (page: Page) => page.getByRole('main').getByRole('status');

for (const locale of ['en', 'de', 'zh', 'ar'] as const) {
  const word = bodyWords[locale];
  test(`search finds a release by a word of its body in ${locale}`, async ({ page }) => {
    const known = releases.find((r) => r.slug === knownSlug && r.locale === locale);
    expect(known?.body.raw, `the sample release ${knownSlug}/index.${locale}.md must contain "${word}"`).toContain(
      word,
    );

    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`/${locale}/search?q=${encodeURIComponent(word)}`);
    await expect(searchbox(page, locale)).toHaveValue(word);
    const item = results(page).filter({ has: page.getByRole('link', { name: known?.title, exact: true }) });
    await expect(item.getByRole('link')).toHaveAttribute('href', `/${locale}/releases/${knownSlug}`);
    // Pagefind marks each matched token; a Chinese word may come as one mark per character.
    await expect(item.locator('mark').first()).toBeVisible();
    expect((await item.locator('mark').allTextContents()).join('').toLowerCase()).toContain(word.toLowerCase());
    await expect(status(page)).toHaveText(
      messages(locale).search.resultCount.replace(
        '{count}',
        new Intl.NumberFormat(languageTag[locale]).format(await results(page).count()),
      ),
    );

    // Only this language's index, and only the fragments of the results shown, reach the browser.
    const fragments = fetched.filter((p) => p.startsWith('/pagefind/fragment/'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.length).toBeLessThanOrEqual(await results(page).count());
    expect(
      fetched
        .filter((p) => /^\/pagefind\/(index|fragment|filter)\//.test(p))
        .every((p) => path.basename(p).startsWith(`${locale}_`)),
    ).toBe(true);
  });
}

test('the index holds exactly the public documents of each locale: no draft, no embargoed release', async ({
  page,
  request,
}) => {
  const entry = z
    .object({ languages: z.record(z.string(), z.object({ page_count: z.number() })) })
    .parse(await (await request.get('/pagefind/pagefind-entry.json')).json());
  // Every public release once per locale (its translation, or the English original a locale lacks), and its pages.
  for (const locale of locales) {
    const listed = new Set(
      releases.filter((r) => r.isPublic && (r.locale === locale || r.locale === 'en')).map((r) => r.slug),
    );
    const expected = listed.size + pages.filter((p) => p.locale === locale).length;
    expect(entry.languages[locale]?.page_count ?? 0, locale).toBe(expected);
  }
  // Every non-public release, searched by the words of its title, is found by none of them.
  const hidden = releases.filter((r) => !r.isPublic);
  test.info().annotations.push({ type: 'non-public releases in the content', description: String(hidden.length) });
  for (const doc of hidden) {
    await page.goto(`/${doc.locale}/search?q=${encodeURIComponent(doc.title)}`);
    await expect(status(page)).not.toBeEmpty();
    await expect(page.locator(`main a[href="/${doc.locale}/releases/${doc.slug}"]`)).toHaveCount(0);
  }
});

test('a topic filter narrows the results to that topic, and stays in the URL', async ({ page }) => {
  const t = messages('en');
  await page.goto('/en/search?q=smart');
  await expect(status(page)).toContainText(t.search.resultCount.replace('{count}', ''));
  const all = Number((await status(page).textContent())?.replace(/\D/g, ''));
  const partnerships = releases.filter((r) => r.locale === 'en' && r.isPublic && r.topics?.includes('partnerships'));
  expect(partnerships.length).toBeGreaterThan(0);
  expect(partnerships.length).toBeLessThan(all);

  await page.getByRole('combobox', { name: t.releases.byTopic }).selectOption({ label: t.topics.partnerships });
  await expect(status(page)).toHaveText(t.search.resultCount.replace('{count}', String(partnerships.length)));
  await expect(page).toHaveURL(/[?&]topic=Partnerships(&|$)/);
  const hrefs = await page
    .getByRole('main')
    .getByRole('listitem')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBe(Math.min(partnerships.length, 10));
  for (const href of hrefs) expect(partnerships.map((r) => `/en/releases/${r.slug}`)).toContain(href);
});

test('search works with the keyboard alone: type, Tab to the first result, open it', async ({ page }) => {
  await page.goto('/en/search');
  await searchbox(page, 'en').focus();
  await page.keyboard.type(bodyWords.en);
  const first = results(page).first().getByRole('link');
  await expect(first).toHaveAttribute('href', `/en/releases/${knownSlug}`);
  await expect(page).toHaveURL(/\?q=message$/);
  for (let i = 0; i < 8 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/en/releases/${knownSlug}`);
});

for (const locale of ['en', 'ar'] as const) {
  test(`the search page with results is accessible in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/search?q=${encodeURIComponent(bodyWords[locale])}`);
    await expect(results(page).first()).toBeVisible();
    await expect(page.getByRole('combobox', { name: messages(locale).releases.byYear })).toBeVisible();
    await expectAccessible(page);
  });
}

test('the search page fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/ar/search?q=smart');
  await expect(results(page).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('every page type has the search entry point in its header', async ({ page }) => {
  for (const locale of ['en', 'ar'] as const) {
    for (const url of [
      `/${locale}`,
      `/${locale}/releases`,
      `/${locale}/releases/topic/partnerships`,
      `/${locale}/releases/${knownSlug}`,
      `/${locale}/about`,
      `/${locale}/contacts`,
      `/${locale}/search`,
      `/${locale}/no/such/page`,
    ]) {
      await page.goto(url);
      await expect(
        page.getByRole('banner').getByRole('link', { name: messages(locale).nav.search }),
        url,
      ).toHaveAttribute('href', `/${locale}/search`);
    }
  }
});

test('only the search page loads search code: other pages reference no Pagefind script', async ({ page, request }) => {
  const scriptsOf = async (url: string) => {
    const html = await (await request.get(url)).text();
    const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
    return { html, bodies: await Promise.all(sources.map(async (src) => (await request.get(src)).text())) };
  };
  const home = await scriptsOf('/en');
  expect(home.html).not.toContain('/pagefind/');
  expect(home.bodies.filter((body) => body.includes('/pagefind/'))).toEqual([]);
  // The same check finds the island on the search page, so it can fail.
  const search = await scriptsOf('/en/search');
  expect(search.bodies.filter((body) => body.includes('/pagefind/')).length).toBeGreaterThan(0);

  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/en/releases');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
});
