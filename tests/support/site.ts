import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { directionOf, languageTag, locales, type Locale } from '../../lib/i18n/locales';
import type messagesEn from '../../messages/en.json';

export { directionOf, languageTag, locales, type Locale };

export type Messages = typeof messagesEn;
export const messages = (locale: Locale): Messages => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));

/** Releases of the sample content that exist in all six languages, and one that exists only in en, de and zh. */
export const everywhereSlug = 'first-half-2025';
export const partlyTranslatedSlug = 'smart-5-ai-interaction';

/** axe with the WCAG 2.2 A and AA rules: no violations allowed. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function expectLanguage(page: Page, locale: Locale) {
  await expect(page.locator('html')).toHaveAttribute('lang', languageTag[locale]);
  await expect(page.locator('html')).toHaveAttribute('dir', directionOf(locale));
}

/** The page does not scroll sideways: nothing is wider than the viewport, in either writing direction. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}
