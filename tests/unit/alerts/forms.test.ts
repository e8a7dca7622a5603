import { describe, expect, it } from 'vitest';
import { formError, formFields, preferencesForm, subscribeForm } from '@/lib/alerts/forms';
import { clientAddress, isSameOrigin, MAX_FORM_BYTES, readForm } from '@/lib/alerts/http';
import { tokenPageParams } from '@/lib/alerts/page-params';

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

describe('form requests', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    new Request('http://localhost:3000/api/alerts/subscribe', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });

  it('reads a normal form and refuses an oversized or foreign body', async () => {
    expect(await readForm(post('email=a%40b.example&locale=de'))).toMatchObject({ ok: true });
    expect(await readForm(post(`email=${'a'.repeat(MAX_FORM_BYTES)}`))).toEqual({ ok: false, error: 'tooLarge' });
    expect(await readForm(post('{"email":"a@b.example"}', { 'content-type': 'application/json' }))).toEqual({
      ok: false,
      error: 'invalid',
    });
  });

  it('caps a body whose Content-Length understates it', async () => {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1000)));
        controller.close();
      },
    });
    // Node needs duplex for a streamed body; the DOM typings do not know it yet.
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      body: chunks,
      duplex: 'half',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
    expect(await readForm(new Request('http://localhost:3000/api/alerts/subscribe', init))).toEqual({
      ok: false,
      error: 'tooLarge',
    });
  });

  it('accepts posts from our own origin only', () => {
    const site = 'https://newsroom.example';
    expect(isSameOrigin(post('', { origin: 'https://newsroom.example' }), site)).toBe(true);
    expect(isSameOrigin(post('', { origin: 'http://localhost:3000' }), site)).toBe(true);
    expect(isSameOrigin(post('', { referer: 'https://newsroom.example/de/subscribe' }), site)).toBe(true);
    expect(isSameOrigin(post('', { origin: 'https://evil.example' }), site)).toBe(false);
    expect(isSameOrigin(post('', { origin: 'null' }), site)).toBe(false);
    expect(isSameOrigin(post(''), site)).toBe(false);
  });

  it('takes the client address from the first X-Forwarded-For hop', () => {
    expect(clientAddress(post('', { 'x-forwarded-for': '203.0.113.5, 10.0.0.1' }))).toBe('203.0.113.5');
    expect(clientAddress(post('', { 'x-forwarded-for': '::ffff:127.0.0.1' }))).toBe('127.0.0.1');
  });
});

describe('token page parameters', () => {
  it('keep what they understand and drop the rest, never throwing', () => {
    expect(tokenPageParams({})).toEqual({});
    expect(tokenPageParams({ token: 'manage.x', status: 'saved', error: 'email' })).toEqual({
      token: 'manage.x',
      status: 'saved',
      error: 'email',
    });
    expect(tokenPageParams({ token: ['a', 'b'], status: 'hacked', error: 'x'.repeat(500) })).toEqual({
      token: undefined,
      status: undefined,
      error: undefined,
    });
  });
});
