import { describe, expect, it } from 'vitest';
import {
  postedChoice,
  postedFormCookie,
  postedPreferencesForm,
  postedSubscribeForm,
  readPostedForm,
} from '@/lib/alerts/posted-form';

const form = (fields: [string, string][]) => new URLSearchParams(fields);
/** The cookie's value, as a browser would send it back. */
const valueOf = (setCookie: string) => setCookie.split(';')[0]?.split('=')[1];

describe('a posted alerts form kept for the page it returns to', () => {
  it('keeps what was typed and ticked even when the form is refused, minus anything no form offers', () => {
    const posted = postedSubscribeForm(
      form([
        ['email', '  not an address '],
        ['topics', 'cars'],
        ['topics', 'products'],
        ['languages', 'xx'],
      ]),
      false,
    );
    expect(posted).toEqual({
      form: 'subscribe',
      sent: false,
      email: 'not an address',
      languages: [],
      topics: ['products'],
    });
  });

  it('survives the round trip through its cookie, for the sign-up and the settings form', () => {
    const subscribe = postedSubscribeForm(
      form([
        ['email', 'Name@Example.com'],
        ['languages', 'de'],
        ['languages', 'en'],
        ['topics', 'products'],
      ]),
      true,
    );
    expect(readPostedForm(valueOf(postedFormCookie('de', subscribe, 'https://newsroom.example')))).toEqual(subscribe);
    const settings = postedPreferencesForm(
      form([
        ['token', 'manage.x'],
        ['topics', 'brand'],
      ]),
      'a'.repeat(32),
    );
    expect(readPostedForm(valueOf(postedFormCookie('zh', settings, 'https://newsroom.example')))).toEqual({
      form: 'preferences',
      subscriber: 'a'.repeat(32),
      languages: [],
      topics: ['brand'],
    });
  });

  it('is a short-lived cookie scripts cannot read, sent only to the alert pages of its language', () => {
    const posted = postedSubscribeForm(form([['email', 'a@example.com']]), false);
    const secure = postedFormCookie('de', posted, 'https://newsroom.example');
    expect(secure.split('; ').slice(1)).toEqual([
      'Path=/de/subscribe',
      'Max-Age=600',
      'HttpOnly',
      'SameSite=Strict',
      'Secure',
    ]);
    // An http site (a local trial) cannot keep a Secure cookie; the address never goes into a URL either way.
    expect(postedFormCookie('de', posted, 'http://localhost:3000')).not.toContain('Secure');
    expect(secure).not.toContain('a@example.com');
    expect(postedFormCookie('ar', undefined, 'https://newsroom.example')).toBe(
      'alerts-form=; Path=/ar/subscribe; Max-Age=0; HttpOnly; SameSite=Strict; Secure',
    );
  });

  it('is no form at all when the cookie is absent, garbled or not one this site writes', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(readPostedForm(undefined)).toBeUndefined();
    expect(readPostedForm('%%%not-base64')).toBeUndefined();
    expect(readPostedForm(Buffer.from('{"form":').toString('base64url'))).toBeUndefined();
    expect(
      readPostedForm(encode({ form: 'subscribe', sent: false, email: 'a@example.com', languages: ['xx'], topics: [] })),
    ).toBeUndefined();
    expect(
      readPostedForm(encode({ form: 'subscribe', sent: false, email: 'a'.repeat(255), languages: [], topics: [] })),
    ).toBeUndefined();
    expect(readPostedForm(encode({ form: 'admin', languages: [], topics: [] }))).toBeUndefined();
  });

  it('reads its topics as the form does: none ticked is every topic', () => {
    expect(postedChoice({ form: 'subscribe', sent: false, email: '', languages: ['fr'], topics: [] })).toEqual({
      languages: ['fr'],
      topics: 'all',
    });
    expect(postedChoice({ form: 'subscribe', sent: true, email: '', languages: ['fr'], topics: ['markets'] })).toEqual({
      languages: ['fr'],
      topics: ['markets'],
    });
  });
});
