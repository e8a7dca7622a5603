import { describe, expect, it } from 'vitest';
import { messages } from '@/lib/i18n/messages';
import { pluralTemplates } from '@/lib/i18n/plural-templates';
import { fillTemplate, pluralText } from '@/lib/i18n/plural-text';

describe('pluralText', () => {
  it('reads like the server’s translation for every Arabic category', () => {
    const templates = pluralTemplates(messages('ar').basket.link);
    expect([0, 1, 2, 3, 11, 100, 1000].map((count) => pluralText(templates, 'ar', count))).toEqual([
      'السلة، لا عناصر',
      'السلة، عنصر واحد',
      'السلة، عنصران',
      'السلة، 3 عناصر',
      'السلة، 11 عنصرًا',
      'السلة، 100 عنصر',
      'السلة، 1,000 عنصر',
    ]);
  });

  it('fills the other arguments and leaves unknown ones as they are', () => {
    const templates = pluralTemplates(messages('en').basket.added);
    expect(pluralText(templates, 'en', 1, { caption: 'The smart #5 in Milan' })).toBe(
      'Added: The smart #5 in Milan. Basket: 1 item.',
    );
    expect(pluralText(templates, 'de', 1200, {})).toBe('Added: {caption}. Basket: 1.200 items.');
  });
});

describe('fillTemplate', () => {
  it('fills a server-translated message’s kept placeholders, and leaves unknown ones', () => {
    const removed = messages('en').basket.removed;
    expect(fillTemplate(removed, { caption: 'Hero', totals: '2 items, 1.2 MB' })).toBe(
      'Removed: Hero. 2 items, 1.2 MB',
    );
    expect(fillTemplate(removed, { caption: 'Hero' })).toBe('Removed: Hero. {totals}');
  });
});
