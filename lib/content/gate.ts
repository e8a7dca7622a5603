/**
 * The one public gate. Every query that can reach a page, feed, sitemap, index or archive goes through it:
 * drafts are never public, and a release is public from its publishedAt instant on.
 */
export type Gated = { draft: boolean; publishedAt: string };

export function isPublic(doc: Gated, now: Date): boolean {
  return !doc.draft && Date.parse(doc.publishedAt) <= now.getTime();
}
