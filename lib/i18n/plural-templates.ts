import { parse, TYPE, type MessageFormatElement, type PluralElement } from '@formatjs/icu-messageformat-parser';
import type { PluralTemplates } from './plural-text';

/**
 * Turns an ICU message with one plural argument ("Basket, {count, plural, one {# item} other {# items}}") into one
 * text per plural category, on the server, for ./plural-text.ts in the browser. A category the message leaves out
 * takes `other`, as ICU does. The plural's argument and `#` become `{count}`; other simple arguments stay `{name}`.
 * Anything Intl.PluralRules cannot choose (exact matches such as `=0`, offsets, ordinals) or a template cannot hold
 * (selects, formatted arguments, rich text) is refused, so a message that would read differently fails loudly.
 */
export function pluralTemplates(message: string): PluralTemplates {
  const elements = parse(message);
  const plurals = elements.filter((element): element is PluralElement => element.type === TYPE.plural);
  const [plural] = plurals;
  if (!plural || plurals.length > 1) throw new Error(`"${message}" needs exactly one plural argument`);
  const unsupported = Object.keys(plural.options).filter((selector) => selector.startsWith('='));
  if (unsupported.length > 0 || plural.offset !== 0 || plural.pluralType !== 'cardinal') {
    throw new Error(`"${message}": Intl.PluralRules cannot choose ${unsupported.join(', ') || 'an offset or ordinal'}`);
  }
  const text = (list: readonly MessageFormatElement[]): string =>
    list
      .map((element) => {
        if (element.type === TYPE.literal) return element.value;
        if (element.type === TYPE.pound) return '{count}';
        if (element.type === TYPE.argument) {
          if (element.value !== plural.value && element.value === 'count') {
            throw new Error(`"${message}": {count} is taken by the plural's number`);
          }
          return element.value === plural.value ? '{count}' : `{${element.value}}`;
        }
        throw new Error(`"${message}": a template holds only text and simple arguments`);
      })
      .join('');
  const form = (category: Intl.LDMLPluralRule) => {
    const branch = plural.options[category] ?? plural.options.other;
    if (!branch) throw new Error(`"${message}" has no other form`);
    return text(elements.flatMap((element) => (element === plural ? branch.value : [element])));
  };
  return {
    zero: form('zero'),
    one: form('one'),
    two: form('two'),
    few: form('few'),
    many: form('many'),
    other: form('other'),
  };
}
