import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, errorsAfter, sampleRelease, withEarlyAccess } from '@/tests/support/content-fixture';

/**
 * A release's `earlyAccess` as the content check reports it (the schema in lib/content/schema.ts, the agreement of
 * translations in lib/content/check/release-translations.ts): file, line, field, the value found and what is
 * allowed. The sample release goes public on 15 July 2025 at 10:00 in Shanghai (+08:00).
 */
const file = `content/${sampleRelease}`;
const german = sampleRelease.replace('index.en.md', 'index.de.md');

/** The sample release under early access in English, translated into German with `change` made to the German file. */
const translatedWith = (change: (root: string) => void) =>
  errorsAfter((root) => {
    withEarlyAccess(root, '2025-07-14T10:00:00+08:00');
    cpSync(path.join(root, sampleRelease), path.join(root, german));
    change(root);
  });

describe('earlyAccess in a release', () => {
  it('accepts known groups and a time before publishedAt, with its zone’s offset', () => {
    expect(errorsAfter((root) => withEarlyAccess(root, '2025-07-14T10:00:00+08:00'))).toEqual([]);
  });

  it('names an unknown group with its line and lists the groups there are', () => {
    const errors = errorsAfter((root) =>
      withEarlyAccess(root, '2025-07-14T10:00:00+08:00', '[china-auto-press, us-press]'),
    );
    expect(errors).toEqual([
      {
        level: 'error',
        file,
        line: 7,
        column: 30,
        field: 'earlyAccess.groups[1]',
        value: 'us-press',
        message:
          'is not allowed. Allowed: eu-auto-press, china-auto-press, mena-auto-press, latam-auto-press, business-press, lifestyle-press',
      },
    ]);
  });

  it('refuses a group named twice and an empty list of groups', () => {
    const twice = errorsAfter((root) =>
      withEarlyAccess(root, '2025-07-14T10:00:00+08:00', '[business-press, business-press]'),
    );
    expect(twice).toEqual([
      expect.objectContaining({ line: 7, field: 'earlyAccess.groups', message: 'lists a group twice' }),
    ]);
    const none = errorsAfter((root) => withEarlyAccess(root, '2025-07-14T10:00:00+08:00', '[]'));
    expect(none).toEqual([
      expect.objectContaining({ line: 7, field: 'earlyAccess.groups', value: [], message: 'needs at least one group' }),
    ]);
  });

  it.each([
    ['at the same instant as', '2025-07-15T10:00:00+08:00'],
    ['after', '2025-07-16T09:00:00+08:00'],
  ])('refuses early access opening %s publishedAt, naming both instants', (_, from) => {
    expect(errorsAfter((root) => withEarlyAccess(root, from))).toEqual([
      {
        level: 'error',
        file,
        line: 8,
        column: 9,
        field: 'earlyAccess.from',
        value: from,
        message: `must be before publishedAt (2025-07-15T10:00:00+08:00): early access opens ${from}, and a release is read early only before it goes public`,
      },
    ]);
  });

  it('checks the offset of from against the release’s time zone, as it does publishedAt’s', () => {
    expect(errorsAfter((root) => withEarlyAccess(root, '2025-07-14T10:00:00+02:00'))).toEqual([
      expect.objectContaining({
        line: 8,
        field: 'earlyAccess.from',
        value: '2025-07-14T10:00:00+02:00',
        message: 'has the offset +02:00, but Asia/Shanghai is at +08:00 on that date; fix the offset or the timeZone',
      }),
    ]);
  });

  it('needs from, and knows no other field', () => {
    const missing = errorsAfter((root) =>
      edit(root, sampleRelease, 'location:', 'earlyAccess:\n  groups: [eu-auto-press]\nlocation:'),
    );
    expect(missing).toEqual([expect.objectContaining({ field: 'earlyAccess.from', message: 'is required but missing' })]);
    const unknown = errorsAfter((root) => {
      withEarlyAccess(root, '2025-07-14T10:00:00+08:00');
      edit(root, sampleRelease, '  from:', '  until: "2025-07-15T10:00:00+08:00"\n  from:');
    });
    expect(unknown).toEqual([
      expect.objectContaining({ line: 8, field: 'earlyAccess.until', message: expect.stringContaining('not a known field') }),
    ]);
  });
});

describe('earlyAccess in every translation', () => {
  it('accepts the same groups in another order and the same instant written another way', () => {
    const errors = translatedWith((root) => {
      edit(root, german, '[china-auto-press, business-press]', '[business-press, china-auto-press]');
      edit(root, german, '2025-07-14T10:00:00+08:00', '2025-07-14T10:00+08:00');
    });
    expect(errors).toEqual([]);
  });

  it('names a translation that opens to other groups, showing both values', () => {
    const errors = translatedWith((root) => edit(root, german, 'china-auto-press, business-press', 'business-press'));
    expect(errors).toEqual([
      {
        level: 'error',
        file: `content/${german}`,
        line: 7,
        column: 3,
        field: 'earlyAccess',
        value: { groups: ['business-press'], from: '2025-07-14T10:00:00+08:00' },
        message:
          'differs from index.en.md, which has {"groups":["china-auto-press","business-press"],"from":"2025-07-14T10:00:00+08:00"}: who may read a release early, and from when, is the same in every translation',
      },
    ]);
  });

  it('names a translation that opens at another time, or not at all', () => {
    const later = translatedWith((root) => edit(root, german, '2025-07-14T10:00:00+08:00', '2025-07-14T11:00:00+08:00'));
    expect(later).toEqual([
      expect.objectContaining({ file: `content/${german}`, field: 'earlyAccess', value: expect.objectContaining({ from: '2025-07-14T11:00:00+08:00' }) }),
    ]);
    const without = translatedWith((root) => edit(root, german, /earlyAccess:\n(  .*\n)+/, ''));
    expect(without).toEqual([
      expect.objectContaining({ file: `content/${german}`, field: 'earlyAccess', value: '(none)' }),
    ]);
  });
});
