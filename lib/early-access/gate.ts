import type { EarlyAccess, VerifiedGrant } from '@/lib/content/early';
import type { EarlyAccessGroup } from '@/lib/content/taxonomy';
import { tokenGrantId, tokenMatches } from './tokens';

/** A grant as the gate needs it: its row and the person's current groups. */
export type GrantRecord = {
  id: string;
  journalistId: string;
  slug: string;
  revokedAt?: string | undefined;
  name: string;
  outlet: string;
  groups: readonly EarlyAccessGroup[];
};

/** Where a personal link leads now: the release under embargo, the public page after the lift, or nowhere. */
export type Visit =
  | {
      kind: 'open';
      grant: VerifiedGrant;
      grantId: string;
      reader: { name: string; outlet: string };
      /** What every picture delivered through the link says inside the file (IPTC and XMP Instructions). */
      instructions: string;
    }
  | { kind: 'lifted'; slug: string }
  | { kind: 'none' };

/**
 * The embargo as a photo desk reads it inside a picture, weeks later, in English like the rest of its rights (the
 * file is the same for every language): until when, in UTC, and to whom it was supplied.
 */
function embargoNote(grant: Pick<VerifiedGrant, 'publishedAt'>, reader: { name: string; outlet: string }) {
  const lift = new Date(grant.publishedAt).toISOString().slice(0, 16).replace('T', ' ');
  return `EMBARGOED until ${lift} UTC. Do not publish before. Supplied to ${reader.name}, ${reader.outlet}.`;
}

/**
 * The checks of a personal link, in order, each answering "none" (the localized 404, the same as for any unknown
 * URL) when it fails: the token's shape, its grant, its MAC (forged, tampered, another person's or release's),
 * revocation, then the release's own frontmatter through lib/content/early.ts (a draft, access not yet open, or
 * the person no longer in any of its groups). Only the grant's own link learns that the embargo has lifted.
 */
export async function visit(
  deps: {
    secret: string;
    findGrant: (id: string) => Promise<GrantRecord | undefined>;
    early: Pick<EarlyAccess, 'admit'>;
  },
  token: unknown,
): Promise<Visit> {
  const id = tokenGrantId(token);
  const grant = id === undefined ? undefined : await deps.findGrant(id);
  if (!grant || typeof token !== 'string') return { kind: 'none' };
  if (!tokenMatches(deps.secret, token, grant) || grant.revokedAt !== undefined) return { kind: 'none' };
  const admission = deps.early.admit(grant.slug, grant.groups);
  if (admission.kind === 'lifted') return { kind: 'lifted', slug: grant.slug };
  if (admission.kind === 'none') return { kind: 'none' };
  const reader = { name: grant.name, outlet: grant.outlet };
  const instructions = embargoNote(admission.grant, reader);
  return { kind: 'open', grant: admission.grant, grantId: grant.id, reader, instructions };
}
