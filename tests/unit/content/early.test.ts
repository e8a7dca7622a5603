import { describe, expect, it } from 'vitest';
import { createEarlyAccess } from '@/lib/content/early';
import { locales } from '@/lib/i18n/locales';
import { fixtureData, fixtureImage, fixtureRelease, queriesAt } from '@/tests/support/release-data';

/** A release under embargo until 1 July, open early to eu-auto-press from 28 June, in English and German. */
const access = { groups: ['eu-auto-press' as const], from: '2026-06-28T08:00:00Z' };
const secret = (locale: 'en' | 'de') =>
  fixtureRelease('secret-launch', locale, '2026-07-01T10:00:00Z', {
    title: `SECRET TITLE ${locale}`,
    summary: 'SECRET SUMMARY',
    bodyHtml: '<p>SECRET BODY</p>',
    bodyMarkdown: 'SECRET BODY',
    topics: ['products'],
    models: ['smart-5'],
    hero: { ...fixtureImage, file: 'secret-hero.jpg', caption: 'SECRET CAPTION' },
    gallery: [{ ...fixtureImage, file: 'secret-gallery.jpg' }],
    attachments: [{ file: 'secret-sheet.pdf', title: 'SECRET SHEET', language: 'en' }],
    formerSlugs: ['secret-old-slug'],
    earlyAccess: access,
  });
const data = fixtureData([
  secret('en'),
  secret('de'),
  fixtureRelease('draft-early', 'en', '2026-06-30T10:00:00Z', { draft: true, earlyAccess: access }),
  fixtureRelease('public', 'en', '2026-01-01T10:00:00Z', { topics: ['products'], models: ['smart-5'] }),
]);
const at = (instant: string) =>
  createEarlyAccess(
    () => data,
    () => new Date(instant),
  );
const during = '2026-06-29T12:00:00Z';

describe('the early-access path', () => {
  it('admits a member of an invited group between from and the lift, and no one else', () => {
    expect(at(during).admit('secret-launch', ['business-press', 'eu-auto-press']).kind).toBe('open');
    expect(at(during).admit('secret-launch', ['business-press']).kind).toBe('none');
    expect(at(during).admit('secret-launch', []).kind).toBe('none');
    expect(at('2026-06-28T07:59:59Z').admit('secret-launch', ['eu-auto-press']).kind).toBe('none');
    expect(at('2026-06-28T08:00:00Z').admit('secret-launch', ['eu-auto-press']).kind).toBe('open');
    expect(at('2026-07-01T10:00:00Z').admit('secret-launch', ['eu-auto-press']).kind).toBe('lifted');
    // After the lift the public page serves everyone; the link only says where it is.
    expect(at('2026-07-02T00:00:00Z').admit('secret-launch', []).kind).toBe('lifted');
    expect(at(during).admit('draft-early', ['eu-auto-press']).kind).toBe('none');
    expect(at(during).admit('public', ['eu-auto-press']).kind).toBe('lifted');
    expect(at(during).admit('no-such-release', ['eu-auto-press']).kind).toBe('none');
  });

  it('lists only releases whose early access is open now, for the sender', () => {
    expect(at(during).opening()).toEqual([{ slug: 'secret-launch', groups: ['eu-auto-press'], locales: ['en', 'de'] }]);
    expect(at('2026-06-28T07:59:59Z').opening()).toEqual([]);
    expect(at('2026-07-01T10:00:00Z').opening()).toEqual([]);
  });

  it('gives the reader their translation, else English, and the files the release names', () => {
    const early = at(during);
    const admission = early.admit('secret-launch', ['eu-auto-press']);
    if (admission.kind !== 'open') throw new Error('not admitted');
    expect(early.release(admission.grant, 'de')).toMatchObject({ isFallback: false, release: { locale: 'de' } });
    expect(early.release(admission.grant, 'ar')).toMatchObject({ isFallback: true, release: { locale: 'en' } });
    expect(early.file(admission.grant, 'secret-gallery.jpg')).toMatchObject({
      folder: '2026-07-01-secret-launch',
      image: { file: 'secret-gallery.jpg' },
    });
    expect(early.file(admission.grant, 'secret-sheet.pdf')?.release.locale).toBe('en');
    for (const name of ['other.jpg', '../secret-hero.jpg', 'index.en.md', ''])
      expect(early.file(admission.grant, name), name).toBeUndefined();
  });
});

describe('the public queries during early access', () => {
  it('return nothing of a release that is open early, whatever they are asked', () => {
    const q = queriesAt(data, new Date(during));
    const answers: unknown[] = [];
    for (const locale of locales) {
      for (const filter of [{}, { topic: 'products' as const }, { model: 'smart-5' as const }, { year: 2026 }]) {
        answers.push(q.listAllReleases(locale, filter), q.listReleases(locale, filter, 1, 100));
      }
      answers.push(q.listMedia(locale, {}, 1, 100), q.listMedia(locale, { model: 'smart-5' }, 1, 100));
      answers.push(q.getRelease(locale, 'secret-launch'), q.getReleaseListing(locale, 'secret-launch'));
      answers.push(q.relatedReleases(locale, 'public', 10), q.releaseSlugs(locale));
    }
    answers.push(q.releaseGroups(), q.releaseYears(), q.releaseLocales('secret-launch'));
    answers.push(q.currentSlug('secret-old-slug'));
    for (const file of ['secret-hero.jpg', 'secret-gallery.jpg', 'secret-sheet.pdf'])
      answers.push(q.findReleaseFile('secret-launch', file));
    const seen = JSON.stringify(answers);
    expect(seen).not.toMatch(/secret|SECRET/);
    // The same questions do see a public release, so the probe is not blind.
    expect(seen).toContain('public');
  });
});
