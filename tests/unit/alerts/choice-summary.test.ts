import { describe, expect, it } from 'vitest';
import { choiceSummary } from '@/lib/alerts/choice-summary';

describe('the choice, repeated in words', () => {
  it('names languages and topics in the reader’s language, joined as that language joins a list', () => {
    expect(choiceSummary('de', { languages: ['de', 'en'], topics: ['products', 'markets'] })).toEqual([
      'Sprachen: Deutsch und Englisch',
      'Themen: Produkte und Märkte',
    ]);
    expect(choiceSummary('en', { languages: ['zh'], topics: 'all' })).toEqual([
      'Languages: Simplified Chinese',
      'Topics: All topics, including new ones',
    ]);
    expect(choiceSummary('zh', { languages: ['en', 'fr'], topics: ['brand', 'technology'] })).toEqual([
      '语言：英语和法语',
      '主题：品牌和技术',
    ]);
    expect(choiceSummary('ar', { languages: ['en'], topics: ['products'] })).toEqual([
      'اللغات: الإنجليزية',
      'الموضوعات: المنتجات',
    ]);
  });
});
