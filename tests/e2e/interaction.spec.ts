import { PDFDocument } from 'pdf-lib';
import { expect, test } from '@playwright/test';
import { everywhereSlug, locales, messages, partlyTranslatedSlug } from '../support/site';

/**
 * What a journalist does with a release on a phone and a desktop, with and without JavaScript, and on paper: the
 * "take this release" bar, copying with structure, printing, and the small controls around them.
 */

const phone = { width: 390, height: 844 };
const releaseUrl = `/en/releases/${everywhereSlug}`;
const en = messages('en');

test.describe('the take-this-release bar', () => {
  for (const [device, viewport] of [
    ['phone', phone],
    ['desktop', { width: 1366, height: 768 }],
  ] as const) {
    test(`stays in view while the release is read on a ${device}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(releaseUrl);
      const bar = page.getByRole('navigation', { name: en.tools.heading });
      await expect(bar.getByRole('button', { name: en.tools.copyText })).toBeInViewport();
      // Halfway down the text and at the boilerplate, the tools are still on screen, above the text.
      for (const target of [
        page.locator('.prose-newsroom').first().locator('p').nth(3),
        page.locator('#boilerplate'),
      ]) {
        await target.scrollIntoViewIfNeeded();
        await expect(bar.getByRole('button', { name: en.tools.copyText })).toBeInViewport();
        await expect(bar.getByRole('link', { name: en.tools.pressKit })).toBeInViewport();
        const box = await bar.boundingBox();
        expect(box?.y, 'the bar is pinned to the top of the screen').toBeLessThanOrEqual(1);
        expect(box?.height ?? 0, 'the bar is compact').toBeLessThan(80);
      }
      await bar.getByRole('link', { name: en.tools.contacts }).click();
      await expect(page.getByRole('heading', { name: en.release.contacts, level: 2 })).toBeInViewport();
    });
  }

  test('is reached by keyboard right after the header of the release, before the text', async ({ page }) => {
    await page.goto(releaseUrl);
    const order: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() =>
          document.activeElement?.closest('[data-release-actions], .prose-newsroom, figure')
            ? `${document.activeElement?.closest('[data-release-actions]') ? 'bar' : 'text'}`
            : 'other',
        ),
      );
    }
    expect(order.indexOf('bar'), order.join(' ')).toBeGreaterThan(0);
    expect(order.indexOf('bar')).toBeLessThan(order.indexOf('text'));
  });

  test('copies the release as HTML and as plain text, with highlights, headings and link addresses', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(releaseUrl);
    await page
      .getByRole('navigation', { name: en.tools.heading })
      .getByRole('button', { name: en.tools.copyText })
      .click();
    await expect(
      page.getByRole('navigation', { name: en.tools.heading }).getByRole('status').or(page.getByText(en.tools.copied)),
    ).toHaveCount(1);
    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return { types: [], html: '', text: '' };
      return {
        types: [...item.types],
        html: await (await item.getType('text/html')).text(),
        text: await (await item.getType('text/plain')).text(),
      };
    });
    expect(clipboard.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(clipboard.html).toContain(`<h2>${en.release.highlights}</h2>`);
    expect(clipboard.html).toMatch(/<h2[^>]*>/);
    expect(clipboard.html).toMatch(/<a href="https?:\/\//);
    expect(clipboard.text).toContain(en.release.highlights);
    expect(clipboard.text).toMatch(/• /);
    expect(clipboard.text).toContain(`/en/releases/${everywhereSlug}`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('controls that need a script are not shown, and the press kit still downloads', async ({ page }) => {
    await page.goto(releaseUrl);
    const bar = page.getByRole('navigation', { name: en.tools.heading });
    await expect(bar.getByRole('button', { name: en.tools.copyText })).toBeHidden();
    await expect(bar.getByRole('button', { name: en.tools.copyLink })).toBeHidden();
    await expect(page.getByRole('button', { name: en.nav.darkMode })).toBeHidden();
    await expect(bar.getByRole('link', { name: en.tools.pressKit })).toBeVisible();
  });

  test('the search page explains instead of offering a form that clears itself', async ({ page }) => {
    await page.goto('/en/search?q=BRABUS');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByText(en.search.noscript)).toBeVisible();
  });
});

test('the language menu closes on Escape and on a click outside it', async ({ page }) => {
  await page.goto('/en');
  const summary = page.locator('header details > summary');
  const menu = page.getByRole('banner').getByRole('link', { name: 'Deutsch' });
  await summary.click();
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(summary).toBeFocused();
  await summary.click();
  await expect(menu).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(menu).toBeHidden();
});

for (const locale of locales) {
  test(`every item of the main navigation is on a phone screen in ${locale}`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto(`/${locale}`);
    const links = page.getByRole('navigation', { name: messages(locale).nav.main }).getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(4);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= phone.width, await link.innerText()).toBe(true);
    }
  });
}

test('404 pages are titled with what happened, in the reader language, every time', async ({ page }) => {
  for (const locale of ['en', 'fr', 'ar'] as const) {
    for (const path of [
      `/${locale}/releases/no-such-release`,
      `/${locale}/no/such/page`,
      `/${locale}/releases/no-such-release`,
    ]) {
      await page.goto(path);
      await expect(page, path).toHaveTitle(`${messages(locale).notFound.title} | ${messages(locale).meta.siteName}`);
    }
  }
});

test('the footer navigations are named for what they hold', async ({ page }) => {
  await page.goto('/en');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('navigation', { name: en.footer.forJournalists })).toBeVisible();
  await expect(footer.getByRole('navigation', { name: en.footer.aboutBrand })).toBeVisible();
  await expect(footer.getByRole('navigation', { name: 'smart', exact: true })).toHaveCount(0);
});

test('the e-mail share link opens the mail program, not a new window', async ({ page }) => {
  await page.goto(releaseUrl);
  const mail = page.getByRole('link', { name: en.tools.email, exact: true });
  await expect(mail).toHaveAttribute('href', /^mailto:/);
  await expect(mail).not.toHaveAttribute('target', '_blank');
  await expect(page.getByRole('link', { name: `LinkedIn (${en.tools.newWindow})` })).toHaveAttribute(
    'target',
    '_blank',
  );
});

test.describe('print', () => {
  // A short release and the longest of the sample content.
  for (const [slug, pages] of [
    [partlyTranslatedSlug, 2],
    [everywhereSlug, 3],
  ] as const) {
    test(`${slug} prints on ${pages} A4 pages at most, without navigation, vCards or sharing`, async ({ page }) => {
      await page.goto(`/en/releases/${slug}`);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of [
        page.getByRole('banner'),
        page.getByRole('navigation', { name: en.tools.heading }),
        page.locator('#share'),
        page.getByRole('link', { name: en.contacts.vcard }).first(),
        page.locator('#languages'),
        page.locator('#models'),
      ]) {
        await expect(hidden).toBeHidden();
      }
      await expect(page.getByRole('heading', { name: en.release.contacts, level: 2 })).toBeVisible();
      const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: false }));
      expect(pdf.getPageCount()).toBeLessThanOrEqual(pages);
    });
  }
});
