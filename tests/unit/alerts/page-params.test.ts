import { describe, expect, it } from 'vitest';
import { tokenPageParams } from '@/lib/alerts/page-params';

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
