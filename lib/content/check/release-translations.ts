import path from 'node:path';
import { defaultLocale } from '@/lib/i18n/locales';
import { releaseFileName } from '../file-names';
import type { EarlyAccess, ReleaseFrontmatter } from '../schema';
import type { Finding, SourceFile } from './validate';

/**
 * What a release decides once for all its languages, checked in every translation against the English file: who may
 * read it early, and from when. The sender and the early-access pages read one release, whichever translation
 * they meet first, so two translations that disagree would open it to other people or at another time than the
 * review saw. Groups are compared as a set and `from` as an instant, so writing the same thing differently is fine.
 */
const sameEarlyAccess = (a: EarlyAccess | undefined, b: EarlyAccess | undefined) =>
  a === undefined || b === undefined
    ? a === b
    : Date.parse(a.from) === Date.parse(b.from) &&
      a.groups.length === b.groups.length &&
      a.groups.every((group) => b.groups.includes(group));

export function translationFindings(releases: ReadonlyMap<SourceFile, ReleaseFrontmatter>): Finding[] {
  const english = new Map<string, ReleaseFrontmatter>();
  for (const [source, release] of releases) if (source.locale === defaultLocale) english.set(path.dirname(source.file), release);
  const named = releaseFileName(defaultLocale);
  return [...releases].flatMap(([source, release]): Finding[] => {
    const reference = english.get(path.dirname(source.file));
    // A translation whose English file is missing or broken is compared with nothing: that file's own errors say why.
    if (!reference || reference === release || sameEarlyAccess(release.earlyAccess, reference.earlyAccess)) return [];
    return [{
      level: 'error',
      file: source.file,
      ...source.parsed.at(release.earlyAccess ? ['earlyAccess'] : []),
      field: 'earlyAccess',
      value: release.earlyAccess ?? '(none)',
      message: `differs from ${named}, which has ${JSON.stringify(reference.earlyAccess ?? '(none)')}: who may read a release early, and from when, is the same in every translation`,
    }];
  });
}
