import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import { isPublic } from './gate';
import { groupBySlug, namedFile, type ReleaseFile } from './queries';
import type { EarlyAccessGroup } from './taxonomy';
import type { ContentData, Release } from './types';

/**
 * The one path to a release before its embargo lifts, for the person an early-access grant names
 * (lib/early-access/gate.ts checks the link and the grant's row first). Everything public goes through
 * ./queries.ts and `isPublic`, which this module leaves alone; nothing here is reachable without a VerifiedGrant,
 * which only `admit` makes, and only while the release's own frontmatter opens it to one of the person's groups:
 * not a draft, `earlyAccess.from` passed, `publishedAt` not yet.
 */
const verified: unique symbol = Symbol('verified early-access grant');

export type VerifiedGrant = {
  readonly [verified]: true;
  readonly slug: string;
  /** Every translation of the release, by locale (English always). */
  readonly versions: ReadonlyMap<Locale, Release>;
  /** The lift: the instant the release becomes public and the link stops working. */
  readonly publishedAt: string;
  readonly timeZone: string;
};

/** A release whose early access is open: who is invited and in which languages it is written. */
export type OpenRelease = { slug: string; groups: readonly EarlyAccessGroup[]; locales: readonly Locale[] };

/** What a checked link leads to: the release under embargo, its public page (lifted), or nothing at all. */
export type Admission = { kind: 'open'; grant: VerifiedGrant } | { kind: 'lifted' } | { kind: 'none' };

export function createEarlyAccess(data: () => ContentData, now: () => Date) {
  let index: Map<string, Map<Locale, Release>> | undefined;
  /** Every release's translations by slug, drafts and embargoed ones included: built once, read by the checks below. */
  const bySlug = (): ReadonlyMap<string, ReadonlyMap<Locale, Release>> => (index ??= groupBySlug(data().releases));
  const versionsOf = (slug: string) => bySlug().get(slug);

  /**
   * Whether a person of these groups may read this release now. The English version decides (the content check
   * keeps `draft`, `publishedAt` and `earlyAccess` the same in every translation).
   */
  function admit(slug: string, groups: readonly EarlyAccessGroup[]): Admission {
    const versions = versionsOf(slug);
    const english = versions?.get(defaultLocale);
    if (!versions || !english || english.draft) return { kind: 'none' };
    const at = now();
    if (isPublic(english, at)) return { kind: 'lifted' };
    const access = english.earlyAccess;
    if (!access || Date.parse(access.from) > at.getTime()) return { kind: 'none' };
    if (!access.groups.some((group) => groups.includes(group))) return { kind: 'none' };
    return {
      kind: 'open',
      grant: {
        [verified]: true,
        slug,
        versions,
        publishedAt: english.publishedAt,
        timeZone: english.timeZone,
      },
    };
  }

  /**
   * The releases whose early access is open now, for the sender to e-mail their groups' members: not a draft,
   * `earlyAccess.from` passed, `publishedAt` not yet. Only what the sender needs; no text of the release.
   */
  function opening(): OpenRelease[] {
    const at = now().getTime();
    return [...bySlug()].flatMap(([slug, versions]) => {
      const english = versions.get(defaultLocale);
      const access = english?.earlyAccess;
      if (!english || !access || english.draft) return [];
      if (Date.parse(access.from) > at || Date.parse(english.publishedAt) <= at) return [];
      return [{ slug, groups: access.groups, locales: [...versions.keys()] }];
    });
  }

  /** The release for a reader of `locale`: its translation, else English marked as a fallback. */
  function release(grant: VerifiedGrant, locale: Locale): { release: Release; isFallback: boolean } {
    const own = grant.versions.get(locale);
    const english = grant.versions.get(defaultLocale);
    if (own) return { release: own, isFallback: false };
    if (!english) throw new Error(`${grant.slug} has no English version`);
    return { release: english, isFallback: true };
  }

  /** A file the release names, as ./queries.ts finds a public release's files. */
  const file = (grant: VerifiedGrant, name: string): ReleaseFile | undefined => namedFile(grant.versions, name);

  return { admit, opening, release, file };
}

export type EarlyAccess = ReturnType<typeof createEarlyAccess>;
