import { describe, expect, it } from 'vitest';
import { newSubscriberId, signToken, tokenLifetime, verifyToken } from '@/lib/alerts/tokens';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const id = newSubscriberId();
const issued = new Date('2026-03-01T12:00:00Z');
const later = (ms: number) => new Date(issued.getTime() + ms);

describe('alert link tokens', () => {
  it('verify what they sign: purpose, subscriber and expiry', () => {
    const token = signToken(secret, 'confirm', id, issued);
    const check = verifyToken(secret, token, 'confirm', later(60_000));
    expect(check).toEqual({
      ok: true,
      subscriberId: id,
      expiresAt: new Date(issued.getTime() + tokenLifetime.confirm),
    });
  });

  it('expire at the end of their lifetime, not a second later', () => {
    const token = signToken(secret, 'confirm', id, issued);
    expect(verifyToken(secret, token, 'confirm', later(tokenLifetime.confirm - 1000)).ok).toBe(true);
    expect(verifyToken(secret, token, 'confirm', later(tokenLifetime.confirm))).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(tokenLifetime.confirm).toBe(48 * 60 * 60 * 1000);
  });

  it('refuse a changed subscriber, expiry or signature, and another key', () => {
    const token = signToken(secret, 'manage', id, issued);
    const [purpose, subscriber, expires, signature] = token.split('.');
    const otherId = newSubscriberId();
    const forged = [
      [purpose, otherId, expires, signature],
      [purpose, subscriber, (parseInt(expires ?? '0', 36) + 86_400).toString(36), signature],
      [purpose, subscriber, expires, `${signature?.slice(0, -1)}${signature?.endsWith('A') ? 'B' : 'A'}`],
    ].map((parts) => parts.join('.'));
    for (const candidate of [
      ...forged,
      signToken('another-secret-that-is-also-long-enough-xx', 'manage', id, issued),
    ]) {
      expect(verifyToken(secret, candidate, 'manage', later(1000))).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('are good for one purpose only: an unsubscribe link cannot confirm or manage', () => {
    const token = signToken(secret, 'unsubscribe', id, issued);
    expect(verifyToken(secret, token, 'unsubscribe', later(1000)).ok).toBe(true);
    expect(verifyToken(secret, token, 'confirm', later(1000))).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyToken(secret, token.replace(/^unsubscribe/, 'manage'), 'manage', later(1000))).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('call a forged token invalid even when its expiry has passed', () => {
    const token = signToken(secret, 'confirm', id, issued).replace(/.$/, (c) => (c === 'x' ? 'y' : 'x'));
    expect(verifyToken(secret, token, 'confirm', later(tokenLifetime.confirm * 2))).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it.each([
    undefined,
    null,
    42,
    '',
    'confirm',
    'confirm..1.x',
    `confirm.${id}.zz.${'A'.repeat(43)}<script>`,
    'x'.repeat(5000),
  ])('refuse malformed input %#', (value) => {
    expect(verifyToken(secret, value, 'confirm', issued)).toEqual({ ok: false, reason: 'invalid' });
  });
});
