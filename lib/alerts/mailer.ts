import { existsSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { writeAtomically } from '@/lib/fs/write-atomically.mjs';

/**
 * How e-mail leaves the newsroom: over SMTP when SMTP_URL is set, otherwise as .eml files in the outbox folder
 * (the embedded default: nothing to configure, and every message can be opened in a mail program). Both build
 * the message with nodemailer, so an outbox file is byte for byte what SMTP would have carried.
 */
export type OutgoingMail = {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Unique and stable per message: the alert's delivery key, so a resent copy is recognizably the same. */
  messageId: string;
  /** Extra headers, already valid header text (List-Unsubscribe and friends). */
  headers?: Record<string, string>;
};

export type Mailer = {
  /** An outbox always knows whether it holds a message (wasDelivered is never undefined); SMTP never does. */
  kind: 'smtp' | 'outbox';
  send(mail: OutgoingMail): Promise<void>;
  /**
   * Whether a message is known to have left. The outbox can tell (its file exists); SMTP cannot (once a server
   * has accepted a message there is nothing to ask), so it answers undefined.
   */
  wasDelivered(messageId: string): boolean | undefined;
  close(): void;
};

const message = (mail: OutgoingMail) => ({
  to: mail.to,
  from: mail.from,
  subject: mail.subject,
  text: mail.text,
  html: mail.html,
  messageId: mail.messageId,
  headers: Object.fromEntries(
    Object.entries(mail.headers ?? {}).map(([key, value]) => [key, { prepared: true, value }]),
  ),
});

function smtpMailer(url: string): Mailer {
  // Short socket timeout: a send that hangs must end long before its row's claim runs out (lib/alerts/mail-queue.ts).
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail(message(mail));
    },
    wasDelivered: () => undefined,
    close: () => transport.close(),
  };
}

/** The outbox file of a message: its Message-ID made safe as a file name. */
export const outboxFileName = (messageId: string) =>
  `${messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._@-]/g, '_')}.eml`;

export function outboxMailer(folder: string): Mailer {
  const dir = path.resolve(folder);
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    kind: 'outbox',
    async send(mail) {
      const info = await transport.sendMail(message(mail));
      if (!Buffer.isBuffer(info.message)) throw new Error('nodemailer returned a stream where a buffer was asked for');
      // Complete or absent, which is what wasDelivered relies on. Not flushed to disk file by file: at 1.3 ms a file,
      // that would add about 130 s to bench:alerts' 100,000 alerts, whose budget is three minutes in all.
      writeAtomically(path.join(dir, outboxFileName(mail.messageId)), info.message, { flush: false });
    },
    wasDelivered: (messageId) => existsSync(path.join(dir, outboxFileName(messageId))),
    close: () => undefined,
  };
}

export function createMailer(settings: { smtpUrl?: string; outbox: string }): Mailer {
  return settings.smtpUrl ? smtpMailer(settings.smtpUrl) : outboxMailer(settings.outbox);
}

/** Failures that happen before any message text is transmitted: nodemailer's error codes, and the system errors
 * of a connection that never opened (kept by nodemailer as originalCode). */
const beforeTransmission = new Set([
  'EAUTH',
  'EENVELOPE',
  'EDNS',
  'ETLS',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const field = (error: object, key: string): unknown => (key in error ? Reflect.get(error, key) : undefined);

/**
 * Whether a failed send certainly did not hand the message over: the server answered with an error code, or the
 * connection, TLS, login or envelope failed before the message was transmitted. Anything else (a timeout or a
 * dropped connection while the message was on the wire) is ambiguous: the server may have accepted it.
 */
export function certainlyNotSent(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const responseCode = field(error, 'responseCode');
  if (typeof responseCode === 'number' && responseCode >= 400) return true;
  const timeout = field(error, 'timeoutType');
  if (timeout === 'CONNECT_TIMEOUT' || timeout === 'GREETING_TIMEOUT' || timeout === 'UPGRADE_TIMEOUT') return true;
  return [field(error, 'code'), field(error, 'originalCode')].some(
    (code) => typeof code === 'string' && beforeTransmission.has(code),
  );
}
