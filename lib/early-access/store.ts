import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { earlyAccessGroups, type EarlyAccessGroup } from '@/lib/content/taxonomy';
import { locales, type Locale } from '@/lib/i18n/locales';
import { writeTransaction, type Db } from '@/lib/storage/db';

/**
 * The accredited journalists of early access and their groups: personal data, kept in the newsroom's database (never
 * in Git), covered by the same export and deletion as alert subscriptions. All of its queries are here and in
 * grants.ts.
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

async function groupsOf(db: Db, journalistId: string): Promise<EarlyAccessGroup[]> {
  const rows = await db
    .selectFrom('journalist_groups')
    .select('group_name')
    .where('journalist_id', '=', journalistId)
    .orderBy('group_name')
    .execute();
  return rows.map((g) => z.enum(earlyAccessGroups).parse(g.group_name));
}

/** A row of `journalists` (possibly with other tables' columns beside it) with its groups. */
export async function toJournalist(db: Db, value: unknown): Promise<Journalist> {
  const r = row.parse(value);
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    outlet: r.outlet,
    locale: r.locale,
    groups: await groupsOf(db, r.id),
    subscriberId: r.subscriber_id ?? undefined,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const journalists = (db: Db) => db.selectFrom('journalists').selectAll('journalists');

/** Each row with its groups, one after the other (a transaction has one connection). */
async function toJournalists(db: Db, rows: readonly unknown[]): Promise<Journalist[]> {
  const people: Journalist[] = [];
  for (const value of rows) people.push(await toJournalist(db, value));
  return people;
}

/** By id, or by address (any case) when it contains an @. */
export async function findJournalist(db: Db, idOrEmail: string): Promise<Journalist | undefined> {
  const found = await (
    idOrEmail.includes('@')
      ? journalists(db).where('email', '=', idOrEmail.trim().toLowerCase())
      : journalists(db).where('id', '=', idOrEmail)
  ).executeTakeFirst();
  return found === undefined ? undefined : toJournalist(db, found);
}

/**
 * Adds a person, or updates name, outlet and language of the one with that address, and adds the groups to the
 * ones they already have. Throws EarlyAccessInputError on bad input.
 */
export async function addJournalist(
  db: Db,
  input: JournalistInput,
  now: Date,
): Promise<{ journalist: Journalist; created: boolean; addedGroups: EarlyAccessGroup[] }> {
  const checked = checkJournalist(input);
  if (!checked.ok) throw new EarlyAccessInputError(checked.problems);
  const person = checked.value;
  const at = now.toISOString();
  return writeTransaction(db, async (trx) => {
    const existing = await findJournalist(trx, person.email);
    const id = existing?.id ?? newEarlyAccessId();
    const details = { name: person.name, outlet: person.outlet, locale: person.locale, updated_at: at };
    await trx
      .insertInto('journalists')
      .values({ id, email: person.email, subscriber_id: person.subscriberId ?? null, created_at: at, ...details })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          ...details,
          subscriber_id: eb.fn.coalesce(eb.val(person.subscriberId ?? null), 'journalists.subscriber_id'),
        })),
      )
      .execute();
    const addedGroups: EarlyAccessGroup[] = [];
    for (const group of person.groups) {
      const joined = await trx
        .insertInto('journalist_groups')
        .values({ journalist_id: id, group_name: group, added_at: at })
        .onConflict((oc) => oc.columns(['journalist_id', 'group_name']).doNothing())
        .executeTakeFirst();
      if (joined.numInsertedOrUpdatedRows === 1n) addedGroups.push(group);
    }
    const journalist = await findJournalist(trx, id);
    if (!journalist) throw new Error(`journalist ${id} vanished inside a transaction`);
    return { journalist, created: existing === undefined, addedGroups };
  });
}

/** Everyone, or the members of one group, by address. */
export async function listJournalists(db: Db, filter: { group?: EarlyAccessGroup } = {}): Promise<Journalist[]> {
  const { group } = filter;
  const rows = await (
    group === undefined
      ? journalists(db)
      : journalists(db)
          .innerJoin('journalist_groups as g', 'g.journalist_id', 'journalists.id')
          .where('g.group_name', '=', group)
  )
    .orderBy('journalists.email')
    .execute();
  return toJournalists(db, rows);
}

/** The distinct people in any of the groups: who a release open to those groups is sent to. */
export async function groupMembers(db: Db, groups: readonly EarlyAccessGroup[]): Promise<Journalist[]> {
  if (groups.length === 0) return [];
  const rows = await journalists(db)
    .where('id', 'in', (eb) =>
      eb.selectFrom('journalist_groups').select('journalist_id').where('group_name', 'in', groups),
    )
    .orderBy('email')
    .execute();
  return toJournalists(db, rows);
}

/** Members per group, every known group included (0 for an empty one). */
export async function groupCounts(db: Db): Promise<{ group: EarlyAccessGroup; members: number }[]> {
  const rows = await db
    .selectFrom('journalist_groups')
    .select((eb) => ['group_name', eb.fn.countAll<number>().as('n')])
    .groupBy('group_name')
    .execute();
  const counts = new Map(rows.map((r) => [r.group_name, r.n]));
  return earlyAccessGroups.map((group) => ({ group, members: counts.get(group) ?? 0 }));
}

/**
 * Takes the person out of the given groups (all when none are given) and returns the groups they left, or undefined
 * for an unknown address. The person stays, and with them the access log.
 */
export function removeFromGroups(
  db: Db,
  email: string,
  groups?: readonly EarlyAccessGroup[],
): Promise<EarlyAccessGroup[] | undefined> {
  return writeTransaction(db, async (trx) => {
    const journalist = await findJournalist(trx, email);
    if (!journalist) return undefined;
    const leaving = journalist.groups.filter((group) => groups === undefined || groups.includes(group));
    if (leaving.length > 0)
      await trx
        .deleteFrom('journalist_groups')
        .where('journalist_id', '=', journalist.id)
        .where('group_name', 'in', leaving)
        .execute();
    return leaving;
  });
}
