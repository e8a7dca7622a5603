import { describe, expect, it } from 'vitest';
import { markOnlyHtml } from '@/lib/search/excerpt-html';
import {
  filterValues,
  recentExcerpt,
  searchIndex,
  searchRecent,
  type RecentRecord,
} from '@/lib/search/pagefind-client';

describe('searching the lifted releases in the browser', () => {
  const record = (url: string, content: string, filters: RecentRecord['filters'] = {}): RecentRecord => ({
    url,
    content,
    meta: { title: url, date: '1. Juli 2025', datetime: '2025-07-01T10:00:00+08:00' },
    filters,
  });
  const lifted = [
    record('/de/releases/genf', 'Premiere in Genève: der smart #5 <script>alert(1)</script> kommt', {
      topic: ['Produkte'],
      model: ['smart #5'],
      year: ['2025'],
    }),
    record('/de/releases/andere', 'Eine andere Meldung über Märkte', { topic: ['Märkte'], year: ['2025'] }),
  ];
  const urls = (term: string, filters = {}) =>
    searchRecent(lifted, term, filters).map(async (hit) => (await hit()).url);

  it('match every word of the query, case and accents aside, and every chosen filter', async () => {
    expect(await Promise.all(urls('GENEVE smart'))).toEqual(['/de/releases/genf']);
    expect(await Promise.all(urls('smart meldung'))).toEqual([]);
    expect(await Promise.all(urls('', { topic: 'Märkte' }))).toEqual(['/de/releases/andere']);
    expect(await Promise.all(urls('smart', { model: 'smart #1' }))).toEqual([]);
    expect(await Promise.all(urls('', {}))).toHaveLength(2);
  });

  it('give an excerpt from the first match with the matches marked, safe to show', async () => {
    const [hit] = searchRecent(lifted, 'smart geneve', {});
    const result = await hit?.();
    expect(result).toMatchObject({ url: '/de/releases/genf', title: '/de/releases/genf', date: '1. Juli 2025' });
    expect(result?.excerpt).toBe(
      'Premiere in <mark>Genève</mark>: der <mark>smart</mark> #5 <script>alert(1)</script> kommt',
    );
    expect(markOnlyHtml(result?.excerpt ?? '')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(recentExcerpt('汽车 smart精灵#5 上市', ['精灵'])).toBe('汽车 smart<mark>精灵</mark>#5 上市');
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(recentExcerpt(words, ['w10']).split(' ').slice(0, 4)).toEqual(['w7', 'w8', 'w9', '<mark>w10</mark>']);
    expect(recentExcerpt(words, ['w38'])).toBe(
      'w16 w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 <mark>w38</mark> w39',
    );
  });

  it("add their filter values to the index's", async () => {
    const fake = {
      options: async () => undefined,
      search: async () => ({ results: [] }),
      filters: async () => ({ year: { '2024': 1 } }),
    };
    expect(await filterValues(fake, 'de', lifted)).toEqual({
      topic: ['Märkte', 'Produkte'],
      model: ['smart #5'],
      year: ['2025', '2024'],
    });
  });
});

describe('Pagefind answers in the browser', () => {
  const data = {
    url: '/de/releases/known',
    excerpt: 'the <mark>word</mark>',
    meta: { title: 'Known', date: '24. April 2025', datetime: '2025-04-24T10:00:00+08:00' },
  };
  const fake = (results: unknown, filters: unknown = {}) => ({
    options: async () => undefined,
    search: async () => ({ results }),
    filters: async () => filters,
  });

  it('loads a hit only when asked, and checks its shape', async () => {
    let loaded = 0;
    const hits = await searchIndex(fake([{ id: 'a', data: async () => (loaded++, data) }]), 'word', {});
    expect(loaded).toBe(0);
    expect(await hits[0]?.()).toEqual({
      url: data.url,
      excerpt: data.excerpt,
      title: 'Known',
      date: data.meta.date,
      datetime: data.meta.datetime,
    });
    const broken = await searchIndex(fake([{ id: 'b', data: async () => ({ url: 1 }) }]), 'word', {});
    await expect(broken[0]?.()).rejects.toThrow('unexpected Pagefind result');
    await expect(searchIndex(fake('nonsense'), 'word', {})).rejects.toThrow();
  });

  it('passes on the language and direction of an English original, and nothing else as a direction', async () => {
    const english = { ...data, meta: { ...data.meta, lang: 'en', dir: 'ltr' } };
    const [hit] = await searchIndex(fake([{ id: 'a', data: async () => english }]), 'word', {});
    expect(await hit?.()).toMatchObject({ lang: 'en', dir: 'ltr' });
    const odd = { ...data, meta: { ...data.meta, lang: 'en', dir: 'sideways' } };
    const [oddHit] = await searchIndex(fake([{ id: 'b', data: async () => odd }]), 'word', {});
    expect(await oddHit?.()).toMatchObject({ lang: 'en', dir: undefined });
  });

  it('lists filter values sorted for reading, years newest first', async () => {
    const values = await filterValues(
      fake([], { topic: { Produkte: 2, Marke: 1 }, year: { '2024': 1, '2025': 3 } }),
      'de',
    );
    expect(values).toEqual({ topic: ['Marke', 'Produkte'], model: [], year: ['2025', '2024'] });
  });
});
