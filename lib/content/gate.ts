import { zonedDateTime } from './zoned-time';

/**
 * The one public gate. Every query that can reach a page, feed, sitemap, index or archive goes through it:
 * drafts are never public, and a release is public from its publishedAt instant on.
 */
export type Gated = { draft: boolean; publishedAt: string };

export function isPublic(doc: Gated, now: Date): boolean {
  return !doc.draft && Date.parse(doc.publishedAt) <= now.getTime();
}

/**
 * Whether the usage period of a picture is over: it may be used through the whole of its `expires` day in the
 * release's time zone (a comms team writes the date its licence names, in its own calendar). Past it the
 * picture is handed out nowhere: no download, rendition, basket or press kit, and pages show its caption and
 * credit without it.
 */
export function usageEnded(expires: string | undefined, timeZone: string, now: Date): boolean {
  if (!expires) return false;
  const [year = 0, month = 1, day = 1] = expires.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  const end = zonedDateTime(timeZone, {
    year: next.getUTCFullYear(),
    month: next.getUTCMonth() + 1,
    day: next.getUTCDate(),
    hour: 0,
    minute: 0,
  });
  return now.getTime() >= Date.parse(end);
}
