import { describe, expect, it } from 'vitest';
import { formError, formFields, preferencesForm, subscribeForm } from '@/lib/alerts/forms';

const form = (fields: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) params.append(key, v);
  return params;
};
const parse = (fields: Record<string, string | string[]>) => subscribeForm.safeParse(formFields(form(fields)));
const good = { locale: 'fr', email: ' Name.Surname@Example.COM ', languages: ['fr', 'en', 'fr'], topics: ['brand'] };

describe('the subscribe form', () => {
  it('accepts a good submission, normalized', () => {
    const result = parse(good);
    expect(result.data).toEqual({
      locale: 'fr',
      email: 'name.surname@example.com',
      languages: ['fr', 'en'],
      topics: ['brand'],
    });
  });

  it('reads ticked topics as a choice of exactly those topics, whatever else an older form posted with them', () => {
    // What the form with an "All topics" radio sent when a visitor ticked "Products" and left the radio alone.
    expect(parse({ ...good, 'topics-mode': 'all', topics: ['products'] }).data).toEqual({
      locale: 'fr',
      email: 'name.surname@example.com',
      languages: ['fr', 'en'],
      topics: ['products'],
    });
    expect(parse({ ...good, topics: ['products', 'markets', 'products'] }).data?.topics).toEqual([
      'products',
      'markets',
    ]);
  });

  it('reads no ticked topic as every topic, including ones added later', () => {
    expect(parse({ ...good, topics: [] }).data?.topics).toBe('all');
    expect(parse({ ...good, 'topics-mode': 'chosen', topics: [] }).data?.topics).toBe('all');
  });

  it('reads the settings form the same way', () => {
    const settings = (topics: string[]) =>
      preferencesForm.safeParse(formFields(form({ token: 'manage.x', languages: ['de'], topics }))).data;
    expect(settings(['technology'])).toEqual({ token: 'manage.x', languages: ['de'], topics: ['technology'] });
    expect(settings([])?.topics).toBe('all');
  });

  it.each([
    ['a malformed address', { email: 'not-an-address' }, 'email'],
    ['an address with a header injected', { email: 'a@example.com\r\nBcc: victim@example.org' }, 'email'],
    ['an address with a newline inside', { email: 'a@exa\nmple.com' }, 'email'],
    ['an address longer than 254 characters', { email: `${'a'.repeat(250)}@example.com` }, 'email'],
    ['no language', { languages: [] }, 'languages'],
    ['an unknown language', { languages: ['xx'] }, 'languages'],
    ['an unknown topic', { topics: ['cars'] }, 'topics'],
    ['an unknown locale', { locale: 'en\r\nX-Injected: 1' }, 'invalid'],
  ])('refuses %s', (_name, change, error) => {
    const result = parse({ ...good, ...change });
    expect(result.success).toBe(false);
    expect(result.error && formError(result.error)).toBe(error);
  });
});
