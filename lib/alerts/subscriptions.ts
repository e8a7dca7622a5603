import { z } from 'zod';
import { topics as allTopics, type Topic } from '@/lib/content/taxonomy';
import { deleteJournalist, exportJournalist, journalistOfSubscriber } from '@/lib/early-access/personal-data';
import { locales, type Locale } from '@/lib/i18n/locales';
import { writeTransaction, type Db } from '@/lib/storage/db';
import type { AlertRecipient } from './matching';
import { newSubscriberId } from './tokens';

/**
 * Subscribers: one row per address. An address is only ever "confirmed" through the link sent to it (double
 * opt-in); asking again for a confirmed address changes nothing, so nobody can alter someone else's alerts.
 */
const json = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);

const row = z.object({
  id: z.string(),
  email: z.string(),
  locale: z.enum(locales),
  languages: json(z.array(z.enum(locales)).min(1)),
  topics: z.union([z.null(), json(z.array(z.enum(allTopics)))]),
  status: z.enum(['pending', 'confirmed', 'unsubscribed']),
  consent_text: z.string(),
  consent_locale: z.enum(locales),
  consent_at: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  confirmed_at: z.string().nullable(),
  unsubscribed_at: z.string().nullable(),
});

export type Subscriber = AlertRecipient & {
  email: string;
  consent: { text: string; locale: Locale; at: string };
  createdAt: string;
  updatedAt: string;
  unsubscribedAt?: string;
};

function toSubscriber(value: unknown): Subscriber {
  const r = row.parse(value);
  return {
    id: r.id,
    email: r.email,
    locale: r.locale,
    languages: r.languages,
    topics: r.topics ?? 'all',
    status: r.status,
    confirmedAt: r.confirmed_at ?? undefined,
    consent: { text: r.consent_text, locale: r.consent_locale, at: r.consent_at },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    unsubscribedAt: r.unsubscribed_at ?? undefined,
  };
}

export async function findSubscriber(db: Db, id: string): Promise<Subscriber | undefined> {
  const found = await db.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();
  return found === undefined ? undefined : toSubscriber(found);
}

/** By address, as stored (lower-cased). */
export async function findSubscriberByEmail(db: Db, email: string): Promise<Subscriber | undefined> {
  const found = await db
    .selectFrom('subscribers')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return found === undefined ? undefined : toSubscriber(found);
}

/** Every confirmed subscriber, a page at a time in order of id, so that memory stays flat however many there are. */
export async function* confirmedSubscriberPages(db: Db, size: number): AsyncGenerator<Subscriber[]> {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('subscribers')
      .selectAll()
      .where('status', '=', 'confirmed')
      .where('id', '>', after)
      .orderBy('id')
      .limit(size)
      .execute();
    if (rows.length === 0) return;
    yield rows.map(toSubscriber);
    after = rows[rows.length - 1]!.id;
  }
}

/** The subscribers of these ids that still exist, by id: one query for a group of alerts. */
export async function subscribersById(db: Db, ids: readonly string[]): Promise<Map<string, Subscriber>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('subscribers').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, toSubscriber(row)]));
}

export type SubscriptionRequest = {
  email: string;
  locale: Locale;
  languages: readonly Locale[];
  topics: readonly Topic[] | 'all';
  /** The consent wording exactly as the form showed it. */
  consentText: string;
};

/**
 * Records a request and says which e-mail to send: a confirmation link ("confirm"), or, for an address that is
 * already confirmed, a note with its settings link ("known"). The visitor sees the same answer either way.
 */
export function requestSubscription(
  db: Db,
  request: SubscriptionRequest,
  now: Date,
): Promise<{ kind: 'confirm' | 'known'; subscriber: Subscriber }> {
  const at = now.toISOString();
  const topics = request.topics === 'all' ? null : JSON.stringify(request.topics);
  const languages = JSON.stringify(request.languages);
  return writeTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom('subscribers')
      .select(['id', 'status'])
      .where('email', '=', request.email)
      .executeTakeFirst();
    if (existing?.status === 'confirmed') return { kind: 'known', subscriber: await required(trx, existing.id) };
    const id = existing?.id ?? newSubscriberId();
    const asked = {
      locale: request.locale,
      languages,
      topics,
      status: 'pending',
      consent_text: request.consentText,
      consent_locale: request.locale,
      consent_at: at,
      updated_at: at,
    } as const;
    await trx
      .insertInto('subscribers')
      .values({ id, email: request.email, created_at: at, ...asked })
      .onConflict((oc) => oc.column('id').doUpdateSet(asked))
      .execute();
    return { kind: 'confirm', subscriber: await required(trx, id) };
  });
}

async function required(db: Db, id: string): Promise<Subscriber> {
  const subscriber = await findSubscriber(db, id);
  if (!subscriber) throw new Error(`subscriber ${id} vanished inside a transaction`);
  return subscriber;
}

/** Confirms a pending subscription. From this instant on (never before) releases are sent to it. */
export function confirmSubscription(
  db: Db,
  id: string,
  now: Date,
): Promise<'confirmed' | 'already-confirmed' | 'not-pending' | 'unknown'> {
  return writeTransaction(db, async (trx) => {
    const subscriber = await findSubscriber(trx, id);
    if (!subscriber) return 'unknown';
    if (subscriber.status === 'confirmed') return 'already-confirmed';
    // An old confirmation link must not undo an unsubscribe.
    if (subscriber.status !== 'pending') return 'not-pending';
    const at = now.toISOString();
    await trx
      .updateTable('subscribers')
      .set({ status: 'confirmed', confirmed_at: at, unsubscribed_at: null, updated_at: at })
      .where('id', '=', id)
      .execute();
    return 'confirmed';
  });
}

export async function updatePreferences(
  db: Db,
  id: string,
  preferences: { languages: readonly Locale[]; topics: readonly Topic[] | 'all' },
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('subscribers')
    .set({
      languages: JSON.stringify(preferences.languages),
      topics: preferences.topics === 'all' ? null : JSON.stringify(preferences.topics),
      updated_at: now.toISOString(),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Stops every alert at once (RFC 8058 one-click and the unsubscribe page). Repeating it changes nothing. */
export async function unsubscribe(db: Db, id: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  await db
    .updateTable('subscribers')
    .set((eb) => ({
      status: 'unsubscribed',
      unsubscribed_at: eb.fn.coalesce('unsubscribed_at', eb.val(at)),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where('status', '!=', 'unsubscribed')
    .execute();
  return (await findSubscriber(db, id)) !== undefined;
}

/**
 * Erases the address, its settings, its consent record and its delivery log (ON DELETE CASCADE), and the early-access
 * record of the same person (groups, grants, access log): one request erases everything stored about them.
 */
export function deleteSubscriber(db: Db, id: string): Promise<boolean> {
  return writeTransaction(db, async (trx) => {
    const subscriber = await findSubscriber(trx, id);
    if (!subscriber) return false;
    const journalist = await journalistOfSubscriber(trx, subscriber);
    if (journalist) await deleteJournalist(trx, journalist.email);
    const result = await trx.deleteFrom('subscribers').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows === 1n;
  });
}

/** Everything stored about a subscriber, early access included, for the "download my data" button. */
export async function exportSubscriber(db: Db, id: string) {
  const subscriber = await findSubscriber(db, id);
  if (!subscriber) return undefined;
  const deliveries = await db
    .selectFrom('deliveries')
    .select(['release_slug', 'locale', 'status', 'queued_at', 'sent_at'])
    .where('subscriber_id', '=', id)
    .orderBy('queued_at')
    .execute();
  const { id: _id, ...data } = subscriber;
  const journalist = await journalistOfSubscriber(db, subscriber);
  return {
    ...data,
    deliveries: deliveries.map((d) => ({
      release: d.release_slug,
      language: d.locale,
      status: d.status,
      queuedAt: d.queued_at,
      sentAt: d.sent_at,
    })),
    ...(journalist && { earlyAccess: await exportJournalist(db, journalist.email) }),
  };
}
