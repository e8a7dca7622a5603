import { formatDateTime } from '@/lib/i18n/format';
import { locales } from '@/lib/i18n/locales';
import { releaseFrontmatter } from '../schema';
import type { EarlyAccessGroup } from '../taxonomy';
import type { SourceFile } from './validate';

/** An instant as editors read it: in the release's own zone, then in UTC. */
type Shown = { local: string; utc: string };

/**
 * When each release goes public, for the content check to show editors, in the release's own time zone and in UTC,
 * so that nobody has to convert offsets in their head: a draft never, an embargoed release at its publishedAt, any
 * other as soon as it is merged and built; and when its early access opens, for which groups.
 */
export type Schedule = {
  /** The English file (every release has one); its folder is the release. */
  file: string;
  folder: string;
  languages: string[];
  status: 'draft' | 'embargoed' | 'public';
  publishedAt: string;
  earlyAccess?: Shown & { groups: EarlyAccessGroup[] };
} & Shown;

const shown = (instant: string, timeZone: string): Shown => ({
  local: `${formatDateTime('en', instant, timeZone)} (${timeZone})`,
  utc: formatDateTime('en', instant, 'UTC'),
});

export function releaseSchedule(sources: readonly SourceFile[], now = new Date()): Schedule[] {
  const languages = new Map<string, string[]>();
  for (const source of sources) {
    const folder = source.file.match(/^(content\/releases\/[^/]+)\//)?.[1];
    if (folder) languages.set(folder, [...(languages.get(folder) ?? []), source.locale]);
  }
  return sources
    .filter((source) => source.file.startsWith('content/releases/') && source.locale === 'en')
    .flatMap((source) => {
      const parsed = releaseFrontmatter.safeParse(source.parsed.data);
      if (!parsed.success) return [];
      const { publishedAt, timeZone, draft, earlyAccess } = parsed.data;
      const folder = source.file.slice(0, source.file.lastIndexOf('/'));
      const written = languages.get(folder) ?? [];
      return [{
        file: source.file,
        folder,
        languages: locales.filter((locale) => written.includes(locale)),
        status: draft ? 'draft' : Date.parse(publishedAt) > now.getTime() ? 'embargoed' : 'public',
        publishedAt,
        ...shown(publishedAt, timeZone),
        ...(earlyAccess ? { earlyAccess: { ...shown(earlyAccess.from, timeZone), groups: earlyAccess.groups } } : {}),
      } satisfies Schedule];
    })
    .sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
}

/** Releases waiting for their embargo (drafts with a future date too: they are held twice). */
export const scheduledReleases = (sources: readonly SourceFile[], now = new Date()) =>
  releaseSchedule(sources, now).filter((release) => Date.parse(release.publishedAt) > now.getTime());
