import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { earlyAccessStatus, releaseStatus } from '@/components/release/preview-banner';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';

// Pages read messages through next-intl's request configuration, which needs a running Next; here the same catalogues.
vi.mock('next-intl/server', () => ({
  getTranslations: ({ locale, namespace }: { locale: Locale; namespace: 'preview' }) =>
    Promise.resolve(createTranslator({ locale, messages: messages(locale), namespace })),
}));

/** A release embargoed until 1 December 2026, 10:00 in Berlin, read early from the day before. */
const release = {
  draft: false,
  publishedAt: '2026-12-01T10:00:00+01:00',
  timeZone: 'Europe/Berlin',
  earlyAccess: { groups: ['eu-auto-press' as const, 'business-press' as const], from: '2026-11-30T09:00:00+01:00' },
};
const before = new Date('2026-11-20T00:00:00Z');
const during = new Date('2026-11-30T08:00:00Z');

describe('the preview banner of a release under early access', () => {
  it('says when early access opens for which groups, in the reader’s language and the release’s zone', async () => {
    expect(await releaseStatus('en', release, before)).toBe('Embargoed until 1 December 2026 at 10:00 CET');
    expect(await earlyAccessStatus('en', release, before)).toBe(
      'Early access for eu-auto-press and business-press opens 30 November 2026 at 09:00 CET',
    );
    expect(await earlyAccessStatus('de', release, before)).toBe(
      'Vorabzugang für eu-auto-press und business-press ab 30. November 2026 um 09:00 MEZ',
    );
    expect(await earlyAccessStatus('ar', release, before)).toBe(
      'يُتاح الاطلاع المبكر لـ eu-auto-press وbusiness-press اعتبارًا من 30 نوفمبر 2026 في 9:00 ص توقيت وسط أوروبا الرسمي',
    );
  });

  it('says it is open once from has passed', async () => {
    expect(await earlyAccessStatus('en', release, during)).toBe(
      'Early access for eu-auto-press and business-press is open',
    );
    expect(await earlyAccessStatus('fr', release, during)).toBe(
      'Accès anticipé ouvert pour eu-auto-press et business-press',
    );
  });

  it('says nothing for a release without early access, a draft or a public release', async () => {
    expect(await earlyAccessStatus('en', { ...release, earlyAccess: undefined }, before)).toBeUndefined();
    expect(await earlyAccessStatus('en', { ...release, draft: true }, before)).toBeUndefined();
    expect(await earlyAccessStatus('en', release, new Date('2026-12-01T09:00:00Z'))).toBeUndefined();
  });
});
