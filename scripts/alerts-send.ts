import { runDeliveryBatch } from '@/lib/alerts/delivery';
import { createMailer } from '@/lib/alerts/mailer';
import { mailDomain } from '@/lib/alerts/mail-ids';
import { resolveSecret } from '@/lib/alerts/secret';
import { alertComposer, publicReleases } from '@/lib/alerts/sender';
import { loadContent } from '@/lib/content/load';
import { createEarlyAccess } from '@/lib/content/early';
import { createQueries } from '@/lib/content/queries';
import { runEarlyAccessBatch } from '@/lib/early-access/sender';
import { env } from '@/lib/env';
import { openDb } from '@/lib/storage/db';
import { configuredStorage } from '@/lib/storage/shared';

/**
 * `npm run alerts:send`: e-mails every confirmed subscriber each release that has become public since they
 * confirmed, once. Idempotent and safe to run every minute from cron, on every node at once: runs share the work
 * by claiming rows (lib/alerts/mail-queue.ts), and no e-mail is sent twice. Reads the built content
 * (.contentlayer/generated) through the same public gate as the site, with the
 * current clock, and never in preview mode: an alert must never carry a draft or an embargoed release.
 *
 * Then the early-access links (lib/early-access/sender.ts): every member of the groups of a release whose early
 * access has opened gets their personal link, once, through the one path to embargoed releases (lib/content/early.ts).
 */
let data: ReturnType<typeof loadContent> | undefined;
const loaded = () => (data ??= loadContent());
const content = createQueries(loaded, () => new Date(), { preview: false });
const db = await openDb(configuredStorage());
const mailer = createMailer(env.alerts);
const secret = resolveSecret(env.alerts.secret, env.alerts.db);
try {
  const report = await runDeliveryBatch({
    db,
    mailer,
    releases: publicReleases(content),
    compose: alertComposer({
      content,
      secret,
      siteUrl: env.siteUrl,
      from: env.alerts.from,
      now: () => new Date(),
    }),
    messageDomain: mailDomain(env.alerts.from),
  });
  const via = mailer.kind === 'smtp' ? 'over SMTP' : `to the outbox ${env.alerts.outbox}`;
  console.log(
    `alerts:send: ${report.sent} sent ${via}, ${report.queued} newly due, ${report.failed} failed (retried later), ${report.unknown} uncertain, ${report.dropped} no longer due.`,
  );
  if (report.unknown > 0) {
    console.warn(
      "alerts:send: uncertain alerts were interrupted while an SMTP server had them; they are not resent. See `status = 'unknown'` in the deliveries table.",
    );
  }
  const early = await runEarlyAccessBatch({
    db,
    mailer,
    early: createEarlyAccess(loaded, () => new Date()),
    secret,
    siteUrl: env.siteUrl,
    from: env.alerts.from,
    messageDomain: mailDomain(env.alerts.from),
  });
  console.log(
    `alerts:send: ${early.sent} early-access link(s) sent, ${early.queued} newly due, ${early.failed} failed (retried later), ${early.unknown} uncertain, ${early.dropped} no longer due.`,
  );
} finally {
  mailer.close();
  await db.destroy();
}
