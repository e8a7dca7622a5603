import type { IncomingHttpHeaders } from 'node:http';
import { resolveSecret } from '@/lib/alerts/secret';
import { early } from '@/lib/content/facade';
import type { ReleaseFile } from '@/lib/content/queries';
import { env } from '@/lib/env';
import { sharedDb } from '@/lib/storage/shared';
import { visit, type GrantRecord, type Visit } from './gate';
import { findGrant, logAccess, type GrantWithJournalist } from './grants';

/**
 * Early access as the web server uses it: the process's database handle (lib/storage/shared.ts) and the link key,
 * opened on first use (so `next build` never touches the database), and the content's early-access path. No
 * 'server-only' marker: the file handler under pages/api uses it too (see lib/media/downloads.ts).
 */
let secret: string | undefined;
const linkKey = () => (secret ??= resolveSecret(env.alerts.secret, env.alerts.db));

/** Where a personal link leads now (./gate.ts). */
export async function openLink(token: unknown): Promise<Visit> {
  const db = await sharedDb();
  return visit({ secret: linkKey(), early, findGrant: async (id) => recordOf(await findGrant(db, id)) }, token);
}

function recordOf(grant: GrantWithJournalist | undefined): GrantRecord | undefined {
  if (!grant) return undefined;
  const { id, journalistId, slug, revokedAt, journalist } = grant;
  return {
    id,
    journalistId,
    slug,
    revokedAt,
    name: journalist.name,
    outlet: journalist.outlet,
    groups: journalist.groups,
  };
}

/** The release and its files for an open visit: the only way to them (lib/content/early.ts). */
export const earlyContent = early;

/** A file of the release an open visit reads, with the embargo note that a picture carries inside (./gate.ts). */
export function earlyFile(open: Extract<Visit, { kind: 'open' }>, name: string): ReleaseFile | undefined {
  const found = early.file(open.grant, name);
  return found && { ...found, instructions: open.instructions };
}

/** Who asked, as the access log records it: the client's address (the front's X-Forwarded-For first) and browser. */
export function clientOf(headers: IncomingHttpHeaders | Headers, remoteAddress?: string): string {
  const get = (name: string) =>
    headers instanceof Headers ? (headers.get(name) ?? undefined) : [headers[name]].flat()[0];
  const address = get('x-forwarded-for')?.split(',')[0]?.trim() || remoteAddress || 'unknown address';
  return `${address} ${get('user-agent') ?? 'no user agent'}`.slice(0, 400);
}

/** Records an opening of the page or a download of a file under an open grant. */
export async function logVisit(grantId: string, action: 'open' | 'download', client: string, file?: string) {
  await logAccess(await sharedDb(), { grantId, action, client, ...(file ? { file } : {}) }, new Date());
}
