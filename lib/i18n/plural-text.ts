import { languageTag, type Locale } from './locales';

/**
 * A plural message prepared on the server (./plural-templates.ts) as one text per CLDR plural category, for a
 * client island that needs a count in words ("Basket, 3 items", Arabic's six forms included) without next-intl's
 * client provider and its catalogue. `{count}` stands for the number, other `{name}`s for the message's arguments.
 */
export type PluralTemplates = Record<Intl.LDMLPluralRule, string>;

/**
 * A message the server translated with `{name}` placeholders left in (`t('removed', { caption: '{caption}' })`),
 * filled in the browser; a placeholder without a value stays as it is.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/** The message for `count` in `locale`: its category's text, the number in the locale's digits, `values` filled in. */
export function pluralText(
  templates: PluralTemplates,
  locale: Locale,
  count: number,
  values: Readonly<Record<string, string>> = {},
): string {
  const tag = languageTag[locale];
  const number = new Intl.NumberFormat(tag).format(count);
  return fillTemplate(templates[new Intl.PluralRules(tag).select(count)], { ...values, count: number });
}
