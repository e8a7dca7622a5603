import { z } from 'zod';
import { topics as allTopics, type Topic } from '@/lib/content/taxonomy';
import { deleteJournalist, exportJournalist, journalistOfSubscriber } from '@/lib/early-access/personal-data';
import { locales, type Locale } from '@/lib/i18n/locales';
import type { AlertsDb } from './db';
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

export function findSubscriber(db: AlertsDb, id: string): Subscriber | undefined {
  const found = db.prepare('SELECT * FROM subscribers WHERE id = ?').get(id);
  return found === undefined ? undefined : toSubscriber(found);
}

/** By address, as stored (lower-cased). */
export function findSubscriberByEmail(db: AlertsDb, email: string): Subscriber | undefined {
  const found = db.prepare('SELECT * FROM subscribers WHERE email = ?').get(email.trim().toLowerCase());
  return found === undefined ? undefined : toSubscriber(found);
}

export function confirmedSubscribers(db: AlertsDb): Subscriber[] {
  return db.prepare("SELECT * FROM subscribers WHERE status = 'confirmed'").all().map(toSubscriber);
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
  db: AlertsDb,
  request: SubscriptionRequest,
  now: Date,
): { kind: 'confirm' | 'known'; subscriber: Subscriber } {
  const at = now.toISOString();
  const topics = request.topics === 'all' ? null : JSON.stringify(request.topics);
  const languages = JSON.stringify(request.languages);
  return db
    .transaction(() => {
      const existing = db
        .prepare<[string], { id: string; status: string }>('SELECT id, status FROM subscribers WHERE email = ?')
        .get(request.email);
      if (existing?.status === 'confirmed') return { kind: 'known' as const, subscriber: required(db, existing.id) };
      const id = existing?.id ?? newSubscriberId();
      db.prepare(
        `INSERT INTO subscribers (id, email, locale, languages, topics, status, consent_text, consent_locale, consent_at, created_at, updated_at)
       VALUES (@id, @email, @locale, @languages, @topics, 'pending', @consent, @locale, @at, @at, @at)
       ON CONFLICT (id) DO UPDATE SET locale = @locale, languages = @languages, topics = @topics, status = 'pending',
         consent_text = @consent, consent_locale = @locale, consent_at = @at, updated_at = @at`,
      ).run({ id, email: request.email, locale: request.locale, languages, topics, consent: request.consentText, at });
      return { kind: 'confirm' as const, subscriber: required(db, id) };
    })
    .immediate();
}

function required(db: AlertsDb, id: string): Subscriber {
  const subscriber = findSubscriber(db, id);
  if (!subscriber) throw new Error(`subscriber ${id} vanished inside a transaction`);
  return subscriber;
}

/** Confirms a pending subscription. From this instant on (never before) releases are sent to it. */
export function confirmSubscription(
  db: AlertsDb,
  id: string,
  now: Date,
): 'confirmed' | 'already-confirmed' | 'not-pending' | 'unknown' {
  return db
    .transaction(() => {
      const subscriber = findSubscriber(db, id);
      if (!subscriber) return 'unknown' as const;
      if (subscriber.status === 'confirmed') return 'already-confirmed' as const;
      // An old confirmation link must not undo an unsubscribe.
      if (subscriber.status !== 'pending') return 'not-pending' as const;
      const at = now.toISOString();
      db.prepare(
        "UPDATE subscribers SET status = 'confirmed', confirmed_at = ?, unsubscribed_at = NULL, updated_at = ? WHERE id = ?",
      ).run(at, at, id);
      return 'confirmed' as const;
    })
    .immediate();
}

export function updatePreferences(
  db: AlertsDb,
  id: string,
  preferences: { languages: readonly Locale[]; topics: readonly Topic[] | 'all' },
  now: Date,
): boolean {
  const topics = preferences.topics === 'all' ? null : JSON.stringify(preferences.topics);
  const result = db
    .prepare('UPDATE subscribers SET languages = ?, topics = ?, updated_at = ? WHERE id = ?')
    .run(JSON.stringify(preferences.languages), topics, now.toISOString(), id);
  return result.changes === 1;
}

/** Stops every alert at once (RFC 8058 one-click and the unsubscribe page). Repeating it changes nothing. */
export function unsubscribe(db: AlertsDb, id: string, now: Date): boolean {
  const at = now.toISOString();
  db.prepare(
    "UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = coalesce(unsubscribed_at, ?), updated_at = ? WHERE id = ? AND status != 'unsubscribed'",
  ).run(at, at, id);
  return findSubscriber(db, id) !== undefined;
}

/**
 * Erases the address, its settings, its consent record and its delivery log (ON DELETE CASCADE), and the early-access
 * record of the same person (groups, grants, access log): one request erases everything stored about them.
 */
export function deleteSubscriber(db: AlertsDb, id: string): boolean {
  return db
    .transaction(() => {
      const subscriber = findSubscriber(db, id);
      if (!subscriber) return false;
      const journalist = journalistOfSubscriber(db, subscriber);
      if (journalist) deleteJournalist(db, journalist.email);
      return db.prepare('DELETE FROM subscribers WHERE id = ?').run(id).changes === 1;
    })
    .immediate();
}

/** Everything stored about a subscriber, early access included, for the "download my data" button. */
export function exportSubscriber(db: AlertsDb, id: string) {
  const subscriber = findSubscriber(db, id);
  if (!subscriber) return undefined;
  const deliveries = db
    .prepare<
      [string],
      { release_slug: string; locale: string; status: string; queued_at: string; sent_at: string | null }
    >(
      'SELECT release_slug, locale, status, queued_at, sent_at FROM deliveries WHERE subscriber_id = ? ORDER BY queued_at',
    )
    .all(id)
    .map((d) => ({
      release: d.release_slug,
      language: d.locale,
      status: d.status,
      queuedAt: d.queued_at,
      sentAt: d.sent_at,
    }));
  const { id: _id, ...data } = subscriber;
  const journalist = journalistOfSubscriber(db, subscriber);
  return { ...data, deliveries, ...(journalist && { earlyAccess: exportJournalist(db, journalist.email) }) };
}
