import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertEmail, confirmationEmail, knownAddressEmail } from '@/lib/alerts/emails';
import { outboxFileName, outboxMailer } from '@/lib/alerts/mailer';
import { releaseTextParts } from '@/lib/content/release-text';
import type { Locale } from '@/lib/i18n/locales';
import { fixtureRelease } from '@/tests/support/release-data';
import { linksIn, parseMail } from '@/tests/support/mail-parse';
import { tempFolder } from '@/tests/support/alerts-db';

const envelope = {
  to: 'journalist@example.com',
  from: 'smart Newsroom <alerts@newsroom.example>',
  messageId: '<alert.abc@newsroom.example>',
};
const links = {
  oneClickUnsubscribe: 'https://newsroom.example/api/alerts/unsubscribe?token=u',
  unsubscribePage: 'https://newsroom.example/de/subscribe/unsubscribe?token=u',
  preferences: 'https://newsroom.example/de/subscribe/preferences?token=m',
};
const contacts = [
  {
    id: 'desk',
    name: 'Press Desk',
    role: 'Communications',
    region: 'global' as const,
    email: 'press@example.com',
    phone: '+49 30 1234 5678',
    languages: ['en'],
  },
];
/** The alert's text as the sender builds it: the release's copied-text parts, in the release's language. */
const release = (locale: Locale) =>
  releaseTextParts(
    fixtureRelease('x', locale, '2026-03-02T10:00:00+01:00', {
      title: 'smart <b>#5</b> & more',
      summary: 'A summary.',
      location: 'Berlin',
      timeZone: 'Europe/Berlin',
    }),
    contacts,
    'https://newsroom.example',
  );

describe('alert e-mails', () => {
  it('carry title, dateline, summary, link and contacts in text and HTML, with one-click unsubscribe headers', () => {
    const mail = alertEmail({ ...envelope, locale: 'de' }, release('de'), links, 'alerts.newsroom.example');
    expect(mail.subject).toBe('smart <b>#5</b> & more');
    expect(mail.text).toContain('BERLIN, 2. März 2026 um 10:00 MEZ – A summary.');
    expect(mail.text).toContain('https://newsroom.example/de/releases/x');
    expect(mail.text).toContain('Pressekontakte\n\nPress Desk\nCommunications\npress@example.com\n+49 30 1234 5678');
    expect(mail.html).toContain('smart &lt;b&gt;#5&lt;/b&gt; &amp; more');
    expect(mail.html).toContain('<html lang="de" dir="ltr">');
    expect(mail.headers).toEqual({
      'List-Unsubscribe': `<${links.oneClickUnsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': 'smart Newsroom alerts <alerts.newsroom.example>',
    });
  });

  it('isolate Latin names, addresses and phone numbers in an Arabic e-mail, so they keep their order', () => {
    const mail = alertEmail({ ...envelope, locale: 'ar' }, release('ar'), links, 'alerts.newsroom.example');
    expect(mail.text).toContain('\u2068+49 30 1234 5678\u2069');
    expect(mail.text).toContain('\u2068press@example.com\u2069');
    expect(mail.text).toContain('\u2068BERLIN\u2069');
    expect(alertEmail({ ...envelope, locale: 'de' }, release('de'), links, 'x').text).not.toMatch(/[\u2066-\u2069]/);
  });

  it('load nothing remote: no images, no scripts, no tracking pixels, only links to the newsroom', () => {
    const mail = alertEmail({ ...envelope, locale: 'ar' }, release('ar'), links, 'alerts.newsroom.example');
    expect(mail.html).not.toMatch(/<img|<script|<link|<iframe|url\(|src=/i);
    expect(
      [...mail.html.matchAll(/href="([^"]+)"/g)]
        .map((m) => m[1])
        .every((href) => href?.startsWith('https://newsroom.example/')),
    ).toBe(true);
    expect(mail.html).toContain('<html lang="ar" dir="rtl">');
  });

  it('are written to the outbox as complete .eml files that mail programs can open', async () => {
    const folder = tempFolder();
    const mailer = outboxMailer(folder);
    await mailer.send(
      confirmationEmail({ ...envelope, locale: 'zh' }, 'https://newsroom.example/zh/subscribe/confirm?token=c', {
        languages: ['zh'],
        topics: 'all',
      }),
    );
    expect(mailer.wasDelivered(envelope.messageId)).toBe(true);
    expect(mailer.wasDelivered('<other@newsroom.example>')).toBe(false);
    const parsed = parseMail(readFileSync(path.join(folder, outboxFileName(envelope.messageId)), 'utf8'));
    expect(parsed.subject).toBe('请确认您的 smart 新闻中心提醒');
    expect(parsed.headers.get('message-id')).toBe(envelope.messageId);
    expect(linksIn(parsed.text)).toEqual(['https://newsroom.example/zh/subscribe/confirm?token=c']);
    expect(parsed.html).toContain('href="https://newsroom.example/zh/subscribe/confirm?token=c"');
  });

  it('repeat the languages and topics being confirmed, and an already subscribed address’s settings as they stand', () => {
    const confirm = confirmationEmail(
      { ...envelope, locale: 'de' },
      'https://newsroom.example/de/subscribe/confirm?token=c',
      { languages: ['de', 'en'], topics: ['products'] },
    );
    expect(confirm.text).toContain('Sprachen: Deutsch und Englisch\nThemen: Produkte');
    expect(confirm.html).toContain('Sprachen: Deutsch und Englisch\nThemen: Produkte');
    const known = knownAddressEmail(
      { ...envelope, locale: 'fr' },
      'https://newsroom.example/fr/subscribe/preferences?token=m',
      { languages: ['fr'], topics: 'all' },
    );
    expect(known.text).toContain(
      'Vos réglages restent inchangés\u00a0:\nLangues\u00a0: français\nThèmes\u00a0: Tous les thèmes, y compris les nouveaux',
    );
  });
});
