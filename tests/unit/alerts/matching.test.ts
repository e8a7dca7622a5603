import { describe, expect, it } from 'vitest';
import {
  alertLocale,
  isDue,
  matchesTopics,
  planAlerts,
  type AlertRecipient,
  type AlertRelease,
} from '@/lib/alerts/matching';

const release = (
  slug: string,
  publishedAt: string,
  topics: AlertRelease['topics'] = ['products'],
  locales: AlertRelease['locales'] = ['en', 'de'],
): AlertRelease => ({ slug, publishedAt, topics, locales });
const recipient = (overrides: Partial<AlertRecipient> = {}): AlertRecipient => ({
  id: 'a'.repeat(32),
  status: 'confirmed',
  confirmedAt: '2026-03-01T12:00:00.000Z',
  locale: 'de',
  languages: ['de'],
  topics: 'all',
  ...overrides,
});

describe('alert matching', () => {
  it('matches all topics, or any shared topic', () => {
    expect(matchesTopics({ topics: 'all' }, ['brand'])).toBe(true);
    expect(matchesTopics({ topics: ['brand', 'markets'] }, ['products', 'markets'])).toBe(true);
    expect(matchesTopics({ topics: ['brand'] }, ['products', 'markets'])).toBe(false);
  });

  it('writes in the subscription language when the release has it, then another chosen language, then English', () => {
    expect(alertLocale({ locale: 'fr', languages: ['de', 'fr'] }, ['en', 'de', 'fr'])).toBe('fr');
    expect(alertLocale({ locale: 'fr', languages: ['de', 'fr'] }, ['en', 'de'])).toBe('de');
    expect(alertLocale({ locale: 'zh', languages: ['zh', 'ar'] }, ['en', 'de'])).toBe('en');
    // The page language counts only if the journalist chose it.
    expect(alertLocale({ locale: 'es', languages: ['de'] }, ['en', 'es', 'de'])).toBe('de');
  });

  it('sends only to confirmed subscribers, only releases public at or after confirmation', () => {
    expect(isDue(recipient(), release('after', '2026-03-01T14:00:00+01:00'))).toBe(true);
    expect(isDue(recipient(), release('same-instant', '2026-03-01T20:00:00+08:00'))).toBe(true);
    expect(isDue(recipient(), release('before', '2026-03-01T12:59:59+01:00'))).toBe(false);
    expect(isDue(recipient({ status: 'pending' }), release('after', '2026-03-02T00:00:00Z'))).toBe(false);
    expect(isDue(recipient({ status: 'unsubscribed' }), release('after', '2026-03-02T00:00:00Z'))).toBe(false);
    expect(isDue(recipient({ confirmedAt: undefined }), release('after', '2026-03-02T00:00:00Z'))).toBe(false);
    expect(isDue(recipient({ topics: ['brand'] }), release('after', '2026-03-02T00:00:00Z', ['products']))).toBe(false);
  });

  it('plans each due alert once and skips what the log already holds', () => {
    const a = recipient({ id: 'a'.repeat(32) });
    const b = recipient({ id: 'b'.repeat(32), locale: 'en', languages: ['en'], topics: ['brand'] });
    const releases = [
      release('one', '2026-03-02T00:00:00Z', ['products']),
      release('two', '2026-03-03T00:00:00Z', ['brand']),
    ];
    const logged = (id: string, slug: string) => id === a.id && slug === 'one';
    expect(planAlerts([a, b], releases, logged)).toEqual([
      { subscriberId: a.id, slug: 'two', locale: 'de' },
      { subscriberId: b.id, slug: 'two', locale: 'en' },
    ]);
  });
});
