import { createHmac, timingSafeEqual } from 'node:crypto';
import { tokenShape, tokenGrantId } from './token-shape';

export { tokenGrantId };

/**
 * The personal link of an early-access grant: `{grant id}.{HMAC-SHA256}`, where the MAC covers the grant, the
 * person and the release. Nothing secret is stored: the MAC is recomputed from the grant's row, so a link whose
 * e-mail was interrupted can be sent again unchanged, and a link altered in any character, or moved to another
 * person or release, names nobody. Revocation and the end at the lift are the row's and the release's business
 * (./gate.ts); the key is the alerts link key (lib/alerts/secret.ts).
 */
export type GrantKey = { id: string; journalistId: string; slug: string };

function mac(secret: string, grant: GrantKey): string {
  return createHmac('sha256', secret)
    .update(`smart-newsroom-early/v1/${grant.id}/${grant.journalistId}/${grant.slug}`)
    .digest('base64url');
}

export const accessToken = (secret: string, grant: GrantKey) => `${grant.id}.${mac(secret, grant)}`;

/** Whether the token is this grant's own link: same grant, person and release, signed with this key. */
export function tokenMatches(secret: string, token: string, grant: GrantKey): boolean {
  const signature = tokenShape.exec(token)?.[2];
  if (!signature || tokenGrantId(token) !== grant.id) return false;
  // Compared as text: base64url has several spellings of the same bytes (spare bits in the last character).
  const expected = Buffer.from(mac(secret, grant));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
