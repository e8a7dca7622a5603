import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AlertsDb } from '@/lib/alerts/db';
import { earlyAccessGroups, type EarlyAccessGroup } from '@/lib/content/taxonomy';
import { locales, type Locale } from '@/lib/i18n/locales';

/**
 * The accredited journalists of early access and their groups: personal data, kept in the alerts database (never in
 * Git), covered by the same export and deletion as alert subscriptions. All of its SQL is here and in grants.ts.
 */
export type Journalist = {
  id: string;
  email: string;
  name: string;
  outlet: string;
  locale: Locale;
  groups: EarlyAccessGroup[];
  subscriberId?: string;
  createdAt: string;
  updatedAt: string;
};

export type JournalistInput = {
  email: string;
  name: string;
  outlet: string;
  locale: string;
  groups: readonly string[];
  subscriberId?: string;
};

/** One refused field, worded for an operator: its value and what would be allowed. */
export type InputProblem = { field: 'email' | 'name' | 'outlet' | 'locale' | 'groups'; value: string; allowed: string };

export class EarlyAccessInputError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map((p) => `${p.field} ${JSON.stringify(p.value)}: ${p.allowed}`).join('; '));
  }
}

/** 128 random bits, never derived from the person or the release. */
export const newEarlyAccessId = () => randomBytes(16).toString('hex');

const email = z.string().trim().max(254).pipe(z.email());
// Printed in the banner and in e-mail text: one line of ordinary text.
const label = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]*$/u);
const labelRule = 'must be 1 to 200 characters on one line';

/** Checks and normalizes the operator's input (the address lower-cased, groups without repeats). */
export function checkJournalist(
  input: JournalistInput,
):
  | { ok: true; value: Omit<JournalistInput, 'locale' | 'groups'> & { locale: Locale; groups: EarlyAccessGroup[] } }
  | { ok: false; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const address = email.safeParse(input.email);
  if (!address.success) problems.push({ field: 'email', value: input.email, allowed: 'must be an e-mail address' });
  const name = label.safeParse(input.name);
  if (!name.success) problems.push({ field: 'name', value: input.name, allowed: labelRule });
  const outlet = label.safeParse(input.outlet);
  if (!outlet.success) problems.push({ field: 'outlet', value: input.outlet, allowed: labelRule });
  const locale = z.enum(locales).safeParse(input.locale);
  if (!locale.success)
    problems.push({ field: 'locale', value: input.locale, allowed: `must be one of ${locales.join(', ')}` });
  const groups: EarlyAccessGroup[] = [];
  for (const group of input.groups) {
    const known = z.enum(earlyAccessGroups).safeParse(group);
    if (known.success) groups.push(known.data);
    else problems.push({ field: 'groups', value: group, allowed: `must be one of ${earlyAccessGroups.join(', ')}` });
  }
  if (input.groups.length === 0)
    problems.push({ field: 'groups', value: '', allowed: `must name at least one of ${earlyAccessGroups.join(', ')}` });
  if (!address.success || !name.success || !outlet.success || !locale.success || problems.length > 0)
    return { ok: false, problems };
  return {
    ok: true,
    value: {
      ...input,
      email: address.data.toLowerCase(),
      name: name.data,
      outlet: outlet.data,
      locale: locale.data,
      groups: [...new Set(groups)],
    },
  };
}

const row = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  outlet: z.string(),
  locale: z.enum(locales),
  subscriber_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

function groupsOf(db: AlertsDb, journalistId: string): EarlyAccessGroup[] {
  return db
    .prepare<[string], { group_name: string }>(
      'SELECT group_name FROM journalist_groups WHERE journalist_id = ? ORDER BY group_name',
    )
    .all(journalistId)
    .map((g) => z.enum(earlyAccessGroups).parse(g.group_name));
}

/** A row of `journalists` (possibly with other tables' columns beside it) with its groups. */
export function toJournalist(db: AlertsDb, value: unknown): Journalist {
  const r = row.parse(value);
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    outlet: r.outlet,
    locale: r.locale,
    groups: groupsOf(db, r.id),
    subscriberId: r.subscriber_id ?? undefined,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** By id, or by address (any case) when it contains an @. */
export function findJournalist(db: AlertsDb, idOrEmail: string): Journalist | undefined {
  const found = idOrEmail.includes('@')
    ? db.prepare('SELECT * FROM journalists WHERE email = ?').get(idOrEmail.trim().toLowerCase())
    : db.prepare('SELECT * FROM journalists WHERE id = ?').get(idOrEmail);
  return found === undefined ? undefined : toJournalist(db, found);
}

/**
 * Adds a person, or updates name, outlet and language of the one with that address, and adds the groups to the
 * ones they already have. Throws EarlyAccessInputError on bad input.
 */
export function addJournalist(
  db: AlertsDb,
  input: JournalistInput,
  now: Date,
): { journalist: Journalist; created: boolean; addedGroups: EarlyAccessGroup[] } {
  const checked = checkJournalist(input);
  if (!checked.ok) throw new EarlyAccessInputError(checked.problems);
  const person = checked.value;
  const at = now.toISOString();
  return db
    .transaction(() => {
      const existing = findJournalist(db, person.email);
      const id = existing?.id ?? newEarlyAccessId();
      db.prepare(
        `INSERT INTO journalists (id, email, name, outlet, locale, subscriber_id, created_at, updated_at)
         VALUES (@id, @email, @name, @outlet, @locale, @subscriberId, @at, @at)
         ON CONFLICT (id) DO UPDATE SET name = @name, outlet = @outlet, locale = @locale,
           subscriber_id = coalesce(@subscriberId, subscriber_id), updated_at = @at`,
      ).run({ ...person, id, subscriberId: person.subscriberId ?? null, at });
      const join = db.prepare(
        'INSERT OR IGNORE INTO journalist_groups (journalist_id, group_name, added_at) VALUES (?, ?, ?)',
      );
      const addedGroups = person.groups.filter((group) => join.run(id, group, at).changes === 1);
      const journalist = findJournalist(db, id);
      if (!journalist) throw new Error(`journalist ${id} vanished inside a transaction`);
      return { journalist, created: existing === undefined, addedGroups };
    })
    .immediate();
}

/** Everyone, or the members of one group, by address. */
export function listJournalists(db: AlertsDb, filter: { group?: EarlyAccessGroup } = {}): Journalist[] {
  const rows =
    filter.group === undefined
      ? db.prepare('SELECT * FROM journalists ORDER BY email').all()
      : db
          .prepare(
            'SELECT j.* FROM journalists j JOIN journalist_groups g ON g.journalist_id = j.id WHERE g.group_name = ? ORDER BY j.email',
          )
          .all(filter.group);
  return rows.map((r) => toJournalist(db, r));
}

/** The distinct people in any of the groups: who a release open to those groups is sent to. */
export function groupMembers(db: AlertsDb, groups: readonly EarlyAccessGroup[]): Journalist[] {
  if (groups.length === 0) return [];
  return db
    .prepare(
      `SELECT * FROM journalists WHERE id IN
         (SELECT journalist_id FROM journalist_groups WHERE group_name IN (SELECT value FROM json_each(?)))
       ORDER BY email`,
    )
    .all(JSON.stringify(groups))
    .map((r) => toJournalist(db, r));
}

/** Members per group, every known group included (0 for an empty one). */
export function groupCounts(db: AlertsDb): { group: EarlyAccessGroup; members: number }[] {
  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM journalist_groups WHERE group_name = ?');
  return earlyAccessGroups.map((group) => ({ group, members: count.get(group)?.n ?? 0 }));
}

/**
 * Takes the person out of the given groups (all when none are given) and returns the groups they left, or undefined
 * for an unknown address. The person stays, and with them the access log.
 */
export function removeFromGroups(
  db: AlertsDb,
  email: string,
  groups?: readonly EarlyAccessGroup[],
): EarlyAccessGroup[] | undefined {
  return db
    .transaction(() => {
      const journalist = findJournalist(db, email);
      if (!journalist) return undefined;
      const leaving = journalist.groups.filter((group) => groups === undefined || groups.includes(group));
      const leave = db.prepare('DELETE FROM journalist_groups WHERE journalist_id = ? AND group_name = ?');
      for (const group of leaving) leave.run(journalist.id, group);
      return leaving;
    })
    .immediate();
}
