import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signed links in alert e-mails: `{purpose}.{subscriber id}.{expiry}.{HMAC-SHA256}`. The purpose is signed, so a
 * link that may only unsubscribe can never confirm or delete; the expiry is signed, so nobody can extend it. No
 * state is kept per token: a deleted subscriber's links simply name nobody.
 */
export type TokenPurpose = 'confirm' | 'manage' | 'unsubscribe';

const hour = 60 * 60 * 1000;
const day = 24 * hour;

/** How long a link works. Every alert carries fresh manage and unsubscribe links. */
export const tokenLifetime: Record<TokenPurpose, number> = {
  confirm: 48 * hour,
  manage: 90 * day,
  // Long, because an unsubscribe link that stops working is worse than useless: RFC 8058 clients use old e-mails.
  unsubscribe: 2 * 365 * day,
};

export type TokenCheck =
  { ok: true; subscriberId: string; expiresAt: Date } | { ok: false; reason: 'invalid' | 'expired' };

const shape = /^(confirm|manage|unsubscribe)\.([0-9a-f]{32})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/;

/** A new subscriber id: 128 random bits, never derived from the address. */
export const newSubscriberId = () => randomBytes(16).toString('hex');

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`smart-newsroom-alerts/v1/${body}`).digest();
}

export function signToken(
  secret: string,
  purpose: TokenPurpose,
  subscriberId: string,
  now: Date,
  lifetime = tokenLifetime[purpose],
): string {
  const expires = Math.floor((now.getTime() + lifetime) / 1000);
  const body = `${purpose}.${subscriberId}.${expires.toString(36)}`;
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

/** Checks shape, signature, purpose and expiry, in that order: a forged token is "invalid", never "expired". */
export function verifyToken(secret: string, token: unknown, purpose: TokenPurpose, now: Date): TokenCheck {
  const match = typeof token === 'string' ? shape.exec(token) : null;
  const [, tokenPurpose, subscriberId, expires, signature] = match ?? [];
  if (!tokenPurpose || !subscriberId || !expires || !signature) return { ok: false, reason: 'invalid' };
  // Compared as text: base64url has several spellings of the same bytes (spare bits in the last character), and a
  // token differing from the one we issued by a single character must not pass.
  const expected = Buffer.from(mac(secret, `${tokenPurpose}.${subscriberId}.${expires}`).toString('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  if (tokenPurpose !== purpose) return { ok: false, reason: 'invalid' };
  const expiresAt = new Date(parseInt(expires, 36) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, subscriberId, expiresAt };
}
