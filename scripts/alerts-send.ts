import { runDeliveryBatch } from '@/lib/alerts/delivery';
import { openAlertsDb } from '@/lib/alerts/db';
import { createMailer } from '@/lib/alerts/mailer';
import { mailDomain } from '@/lib/alerts/mail-ids';
import { resolveSecret } from '@/lib/alerts/secret';
import { alertComposer, publicReleases } from '@/lib/alerts/sender';
import { loadContent } from '@/lib/content/load';
import { createQueries } from '@/lib/content/queries';
import { env } from '@/lib/env';

/**
 * `npm run alerts:send`: e-mails every confirmed subscriber each release that has become public since they
 * confirmed, once. Idempotent and safe to run every minute from cron (a run that finds another still at work exits
 * at once). Reads the built content (.contentlayer/generated) through the same public gate as the site, with the
 * current clock, and never in preview mode: an alert must never carry a draft or an embargoed release.
 */
const content = createQueries(loadContent, () => new Date(), { preview: false });
const db = openAlertsDb(env.alerts.db);
const mailer = createMailer(env.alerts);
try {
  const report = await runDeliveryBatch({
    db,
    mailer,
    releases: publicReleases(content),
    compose: alertComposer({
      content,
      secret: resolveSecret(env.alerts.secret, env.alerts.db),
      siteUrl: env.siteUrl,
      from: env.alerts.from,
      now: () => new Date(),
    }),
    messageDomain: mailDomain(env.alerts.from),
  });
  if (report.busy) {
    console.log('alerts:send: another run is still sending; nothing to do.');
  } else {
    const via = mailer.kind === 'smtp' ? 'over SMTP' : `to the outbox ${env.alerts.outbox}`;
    console.log(
      `alerts:send: ${report.sent} sent ${via}, ${report.queued} newly due, ${report.failed} failed (retried later), ${report.unknown} uncertain, ${report.dropped} no longer due.`,
    );
    if (report.unknown > 0) {
      console.warn(
        "alerts:send: uncertain alerts were interrupted while an SMTP server had them; they are not resent. See `status = 'unknown'` in the deliveries table.",
      );
    }
  }
} finally {
  mailer.close();
  db.close();
}
