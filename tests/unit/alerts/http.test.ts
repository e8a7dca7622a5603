import { describe, expect, it } from 'vitest';
import { clientAddress, isSameOrigin, MAX_FORM_BYTES, readForm } from '@/lib/alerts/http';

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
