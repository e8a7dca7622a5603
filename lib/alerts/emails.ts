import { contactsPlainText, type ReleaseTextParts } from '@/lib/content/release-text';
import type { Locale } from '@/lib/i18n/locales';
import { choiceSummary, type AlertChoice } from './choice-summary';
import { htmlEmail, textEmail, type HtmlBlock } from './email-layout';
import { translator } from '@/lib/i18n/messages';
import type { OutgoingMail } from './mailer';

/**
 * The three e-mails of the alerts: the double opt-in confirmation, the note to an address that is already
 * subscribed (so the visitor sees the same answer either way), and the alert itself.
 */
export type Envelope = { locale: Locale; to: string; from: string; messageId: string };

/** A newsroom e-mail in its language: the same blocks as HTML and as plain text. */
export function mail(
  envelope: Envelope,
  subject: string,
  body: HtmlBlock[],
  footer: HtmlBlock[],
  headers?: Record<string, string>,
): OutgoingMail {
  return {
    to: envelope.to,
    from: envelope.from,
    subject,
    messageId: envelope.messageId,
    text: textEmail(body, footer),
    html: htmlEmail(envelope.locale, subject, body, footer),
    headers,
  };
}

/** The request to confirm, repeating the languages and topics being confirmed, so a wrong choice shows before it counts. */
export function confirmationEmail(envelope: Envelope, confirmUrl: string, choice: AlertChoice): OutgoingMail {
  const t = translator(envelope.locale);
  return mail(
    envelope,
    t('alerts.mail.confirmSubject'),
    [
      { kind: 'lead', text: t('alerts.mail.confirmIntro') },
      { kind: 'text', text: choiceSummary(envelope.locale, choice).join('\n') },
      { kind: 'button', text: t('alerts.mail.confirmAction'), href: confirmUrl },
      { kind: 'text', text: t('alerts.mail.confirmExpiry') },
    ],
    [{ kind: 'small', text: t('alerts.mail.notYou') }],
  );
}

/** For an address already subscribed: its settings as they stand (the new request changed nothing) and a link to them. */
export function knownAddressEmail(envelope: Envelope, preferencesUrl: string, current: AlertChoice): OutgoingMail {
  const t = translator(envelope.locale);
  return mail(
    envelope,
    t('alerts.mail.knownSubject'),
    [
      { kind: 'lead', text: t('alerts.mail.knownIntro') },
      { kind: 'text', text: [t('alerts.mail.knownSettings'), ...choiceSummary(envelope.locale, current)].join('\n') },
      { kind: 'button', text: t('alerts.mail.knownAction'), href: preferencesUrl },
    ],
    [{ kind: 'small', text: t('alerts.mail.notYou') }],
  );
}

export type AlertEmailLinks = { oneClickUnsubscribe: string; unsubscribePage: string; preferences: string };

/** What the alert shows of a release: the parts of its copied text (lib/content/release-text.ts), in its language. */
export type AlertEmailText = Pick<
  ReleaseTextParts,
  'title' | 'dateline' | 'summary' | 'contactsHeading' | 'contacts' | 'url'
>;

/** One release for one subscriber: title, dateline and summary, link, media contacts; unsubscribe in one click. */
export function alertEmail(
  envelope: Envelope,
  release: AlertEmailText,
  links: AlertEmailLinks,
  listId: string,
): OutgoingMail {
  const t = translator(envelope.locale);
  return mail(
    envelope,
    release.title,
    [
      { kind: 'heading', text: release.title },
      { kind: 'lead', text: `${release.dateline} ${release.summary}` },
      { kind: 'button', text: t('alerts.mail.readRelease'), href: release.url },
      ...(release.contacts.length > 0 ? [{ kind: 'text' as const, text: contactsPlainText(release) }] : []),
    ],
    [
      { kind: 'small', text: t('alerts.mail.footer') },
      { kind: 'link', text: t('alerts.mail.preferences'), href: links.preferences },
      { kind: 'link', text: t('alerts.mail.unsubscribe'), href: links.unsubscribePage },
    ],
    {
      // RFC 2369 and RFC 8058: mail programs show an unsubscribe button that POSTs to this URL, no page needed.
      'List-Unsubscribe': `<${links.oneClickUnsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `smart Newsroom alerts <${listId}>`,
    },
  );
}
