import { describe, expect, it } from 'vitest';
import { messages } from '@/lib/i18n/messages';
import { pluralTemplates } from '@/lib/i18n/plural-templates';

describe('pluralTemplates', () => {
  it('gives English one and other, the other form standing in for the categories English lacks', () => {
    expect(pluralTemplates(messages('en').basket.link)).toEqual({
      zero: 'Basket, {count} items',
      one: 'Basket, {count} item',
      two: 'Basket, {count} items',
      few: 'Basket, {count} items',
      many: 'Basket, {count} items',
      other: 'Basket, {count} items',
    });
  });

  it('gives Arabic its six forms, keeping the message’s other arguments', () => {
    expect(pluralTemplates(messages('ar').basket.added)).toEqual({
      zero: 'أُضيف: {caption}. السلة: لا عناصر.',
      one: 'أُضيف: {caption}. السلة: عنصر واحد.',
      two: 'أُضيف: {caption}. السلة: عنصران.',
      few: 'أُضيف: {caption}. السلة: {count} عناصر.',
      many: 'أُضيف: {caption}. السلة: {count} عنصرًا.',
      other: 'أُضيف: {caption}. السلة: {count} عنصر.',
    });
  });

  it('writes the plural’s own argument as {count} whatever its name', () => {
    expect(pluralTemplates('{n} {n, plural, one {file} other {files}} in the basket')).toMatchObject({
      one: '{count} file in the basket',
      other: '{count} files in the basket',
    });
  });

  it.each([
    [
      '{count, plural, =0 {empty} other {# items}}',
      '"{count, plural, =0 {empty} other {# items}}": Intl.PluralRules cannot choose =0',
    ],
    [
      '{count, selectordinal, one {#st} other {#th}}',
      '"{count, selectordinal, one {#st} other {#th}}": Intl.PluralRules cannot choose an offset or ordinal',
    ],
    [
      '{count, plural, offset:1 other {# others}}',
      '"{count, plural, offset:1 other {# others}}": Intl.PluralRules cannot choose an offset or ordinal',
    ],
    ['{size, number} items', '"{size, number} items" needs exactly one plural argument'],
    [
      '{a, plural, other {#}} {b, plural, other {#}}',
      '"{a, plural, other {#}} {b, plural, other {#}}" needs exactly one plural argument',
    ],
    [
      '{count, plural, other {# {kind, select, image {images} other {files}}}}',
      '"{count, plural, other {# {kind, select, image {images} other {files}}}}": a template holds only text and simple arguments',
    ],
    [
      '{n, plural, other {# of {count}}}',
      '"{n, plural, other {# of {count}}}": {count} is taken by the plural\'s number',
    ],
  ])('refuses %s', (message, error) => {
    expect(() => pluralTemplates(message)).toThrow(error);
  });
});
