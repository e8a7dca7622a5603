import { describe, expect, it } from 'vitest';
import { accessToken, tokenGrantId, tokenMatches, type GrantKey } from '@/lib/early-access/tokens';

const secret = 'k'.repeat(43);
const grant: GrantKey = {
  id: '0123456789abcdef0123456789abcdef',
  journalistId: 'a'.repeat(32),
  slug: 'smart-5-launch',
};

describe('early-access links', () => {
  const token = accessToken(secret, grant);

  it('names its grant and matches it', () => {
    expect(token).toMatch(/^0123456789abcdef0123456789abcdef\.[A-Za-z0-9_-]{43}$/);
    expect(tokenGrantId(token)).toBe(grant.id);
    expect(tokenMatches(secret, token, grant)).toBe(true);
  });

  it('is bound to the person and the release', () => {
    expect(tokenMatches(secret, token, { ...grant, journalistId: 'b'.repeat(32) })).toBe(false);
    expect(tokenMatches(secret, token, { ...grant, slug: 'another-release' })).toBe(false);
    expect(tokenMatches(secret, token, { ...grant, id: 'f'.repeat(32) })).toBe(false);
  });

  it('is refused when forged with another key or tampered with in any character', () => {
    expect(tokenMatches(secret, accessToken('x'.repeat(43), grant), grant)).toBe(false);
    for (let i = 33; i < token.length; i++) {
      const changed = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(tokenMatches(secret, changed, grant), `character ${i}`).toBe(false);
    }
  });

  it('names no grant when it is not shaped like a link', () => {
    for (const bad of [
      undefined,
      42,
      '',
      grant.id,
      `${grant.id}.`,
      `${grant.id.toUpperCase()}.${token.slice(33)}`,
      `${token}x`,
      `../${token}`,
    ]) {
      expect(tokenGrantId(bad), String(bad)).toBeUndefined();
    }
    expect(tokenMatches(secret, `${token}x`, grant)).toBe(false);
  });
});
