import { env } from '@/lib/env';
import { confirmationEmail, knownAddressEmail } from '@/lib/alerts/emails';
import { formError, formFields, HONEYPOT, subscribeForm } from '@/lib/alerts/forms';
import { answerLocale, clientAddress, isSameOrigin, readForm, seeOther, withError } from '@/lib/alerts/http';
import { translator } from '@/lib/i18n/messages';
import { confirmLink, preferencesLink } from '@/lib/alerts/links';
import { serviceMessageId } from '@/lib/alerts/mail-ids';
import { postedFormCookie, postedSubscribeForm } from '@/lib/alerts/posted-form';
import { consumeRateLimits, limits, rateKey } from '@/lib/alerts/rate-limit';
import { getAlerts } from '@/lib/alerts/server';
import { requestSubscription } from '@/lib/alerts/subscriptions';
import { subscribePath, subscribeResultPath } from '@/lib/routing';

/**
 * POST /api/alerts/subscribe: the sign-up form (works without JavaScript). Every outcome is a 303 to a page in
 * the visitor's language. A new address and a known one get the same answer ("check your inbox"); only the
 * e-mail differs, and only the owner of the inbox sees it. Once the form is read (and came from our own pages),
 * what was posted goes along in a short-lived cookie: a refused form comes back filled in, and "check your
 * inbox" repeats the address and the choice.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readForm(request);
  const locale = answerLocale(request, read.ok ? read.form : undefined);
  if (!isSameOrigin(request, env.siteUrl)) return seeOther(withError(subscribePath(locale), 'origin'));
  if (!read.ok) return seeOther(withError(subscribePath(locale), read.error));
  const keep = (sent: boolean) => postedFormCookie(locale, postedSubscribeForm(read.form, sent), env.siteUrl);
  const refuse = (error: string) => seeOther(withError(subscribePath(locale), error), keep(false));
  const parsed = subscribeForm.safeParse(formFields(read.form));
  if (!parsed.success) return refuse(formError(parsed.error));
  const sent = seeOther(subscribeResultPath(locale, 'sent'), keep(true));
  if (read.form.get(HONEYPOT)) return sent;

  const { email, languages, topics } = parsed.data;
  try {
    const { db, secret, mailer, from, siteUrl } = await getAlerts();
    const now = new Date();
    const exhausted = await consumeRateLimits(
      db,
      [
        { name: 'address', key: rateKey(secret, 'address', email), ...limits.address },
        { name: 'client', key: rateKey(secret, 'client', clientAddress(request)), ...limits.client },
      ],
      now,
    );
    if (exhausted) return refuse(exhausted.name === 'address' ? 'rateAddress' : 'rateClient');
    const consentText = translator(locale)('alerts.consent');
    const outcome = await requestSubscription(db, { email, locale, languages, topics, consentText }, now);
    const envelope = { locale, to: email, from, messageId: serviceMessageId(from) };
    const signer = { secret, siteUrl, now };
    await mailer.send(
      outcome.kind === 'confirm'
        ? confirmationEmail(envelope, confirmLink(signer, locale, outcome.subscriber.id), outcome.subscriber)
        : knownAddressEmail(envelope, preferencesLink(signer, locale, outcome.subscriber.id), outcome.subscriber),
    );
    return sent;
  } catch (error) {
    console.error('alerts: subscription failed', error);
    return refuse('unavailable');
  }
}
