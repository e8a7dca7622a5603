import { createHash } from 'node:crypto';
import { mail } from '@/lib/alerts/emails';
import { runId, runQueue, type Prepared, type QueueReport, type QueuedMail } from '@/lib/alerts/mail-queue';
import type { Mailer } from '@/lib/alerts/mailer';
import type { EarlyAccess } from '@/lib/content/early';
import { formatDateTime } from '@/lib/i18n/format';
import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { earlyPath } from '@/lib/routing';
import { writeTransaction, type Db } from '@/lib/storage/db';
import { grantOf, queueGrant } from './grants';
import { groupMembers } from './store';
import { accessToken } from './tokens';

/**
 * The early-access sender, run by `npm run alerts:send` after the alerts: when a release's early access opens, every
 * member of its groups gets one e-mail with their personal link, in their language where the release is written in
 * it (else English), through the exactly-once queue of lib/alerts/mail-queue.ts over `access_grants` (one row per
 * person and release, ever). A row still pending when its person has left the groups, or when the embargo has
 * lifted, is dropped; one revoked before it went out is cancelled for good.
 */
export type EarlyBatch = {
  db: Db;
  mailer: Mailer;
  early: Pick<EarlyAccess, 'opening' | 'admit' | 'release'>;
  secret: string;
  siteUrl: string;
  from: string;
  /** The domain part of Message-IDs (the sender's domain). */
  messageDomain: string;
  now?: () => Date;
  holder?: string;
};

const earlyMessageId = (journalistId: string, slug: string, domain: string) =>
  `<early.${createHash('sha256').update(`${journalistId}/${slug}`).digest('hex').slice(0, 32)}@${domain}>`;

export function runEarlyAccessBatch(batch: EarlyBatch): Promise<QueueReport> {
  const now = batch.now ?? (() => new Date());
  return runQueue(
    { table: 'access_grants', person: 'journalist_id' },
    {
      db: batch.db,
      mailer: batch.mailer,
      holder: batch.holder ?? runId(),
      now,
      queue: (at) => queueOpening(batch, at),
      // A handful of members per release: each row is read on its own, just before it is sent.
      prepare: () => Promise.resolve((row) => prepare(batch, row)),
    },
  );
}

/** A grant for every member of an open release's groups who has none yet, in one transaction; returns how many. */
function queueOpening({ db, early, messageDomain }: EarlyBatch, at: Date): Promise<number> {
  return writeTransaction(db, async (trx) => {
    let queued = 0;
    for (const release of early.opening()) {
      for (const person of await groupMembers(trx, release.groups)) {
        const locale: Locale = release.locales.includes(person.locale) ? person.locale : defaultLocale;
        const messageId = earlyMessageId(person.id, release.slug, messageDomain);
        if (await queueGrant(trx, { journalistId: person.id, slug: release.slug, locale, messageId }, at)) queued++;
      }
    }
    return queued;
  });
}

async function prepare({ db, early, secret, siteUrl, from }: EarlyBatch, row: QueuedMail): Promise<Prepared> {
  const found = await grantOf(db, row.person, row.slug);
  if (!found) return 'drop';
  if (found.revokedAt) return { cancel: `revoked at ${found.revokedAt}, before the e-mail went out` };
  const admission = early.admit(found.slug, found.journalist.groups);
  if (admission.kind !== 'open') return 'drop';
  const { release } = early.release(admission.grant, found.locale);
  const locale = release.locale;
  const t = translator(locale);
  const date = formatDateTime(locale, admission.grant.publishedAt, admission.grant.timeZone);
  const link = `${siteUrl}${earlyPath(locale, accessToken(secret, found))}`;
  const { name, outlet, email } = found.journalist;
  return {
    locale,
    mail: mail(
      { locale, to: email, from, messageId: found.messageId },
      t('early.mail.subject', { date, title: release.title }),
      [
        { kind: 'heading', text: release.title },
        { kind: 'text', text: t('early.mail.greeting', { name }) },
        { kind: 'lead', text: t('early.mail.intro', { outlet, date }) },
        { kind: 'text', text: release.summary },
        { kind: 'button', text: t('early.mail.action'), href: link },
        { kind: 'text', text: t('early.mail.personal') },
      ],
      [{ kind: 'small', text: t('early.mail.footer') }],
    ),
  };
}
