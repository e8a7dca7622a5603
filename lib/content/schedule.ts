import { formatDateTime } from '@/lib/format';
import { releaseFrontmatter } from './schema';
import type { SourceFile } from './validate';

/**
 * Releases waiting for their embargo, for the content check to show editors when each goes public, in the release's
 * own time zone and in UTC, so that nobody has to convert offsets in their head.
 */
export type Scheduled = { file: string; draft: boolean; publishedAt: string; local: string; utc: string };

export function scheduledReleases(sources: readonly SourceFile[], now = new Date()): Scheduled[] {
  return sources
    .filter((source) => source.file.startsWith('content/releases/') && source.locale === 'en')
    .flatMap((source) => {
      const parsed = releaseFrontmatter.safeParse(source.parsed.data);
      if (!parsed.success || Date.parse(parsed.data.publishedAt) <= now.getTime()) return [];
      const { publishedAt, timeZone, draft } = parsed.data;
      return [{
        file: source.file,
        draft,
        publishedAt,
        local: `${formatDateTime('en', publishedAt, timeZone)} (${timeZone})`,
        utc: formatDateTime('en', publishedAt, 'UTC'),
      }];
    })
    .sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
}
