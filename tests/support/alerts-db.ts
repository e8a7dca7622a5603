import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { ComposeAlert } from '@/lib/alerts/delivery';
import type { Mailer, OutgoingMail } from '@/lib/alerts/mailer';
import { confirmSubscription, requestSubscription, type SubscriptionRequest } from '@/lib/alerts/subscriptions';
import type { Db } from '@/lib/storage/db';

/** A fresh folder per test (removed afterwards) holding an SQLite database (./storage.ts) or an outbox. */
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

export function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'newsroom-alerts-'));
  folders.push(folder);
  return folder;
}

/** A subscriber who asked at `at` and confirmed at the same instant. */
export async function confirmed(db: Db, email: string, at: Date, overrides: Partial<SubscriptionRequest> = {}) {
  const { subscriber } = await requestSubscription(
    db,
    { email, locale: 'en', languages: ['en'], topics: 'all', consentText: 'I agree.', ...overrides },
    at,
  );
  await confirmSubscription(db, subscriber.id, at);
  return subscriber.id;
}

/** A compose function that needs no content: the test only looks at who got what. */
export const composeForTest: ComposeAlert = (subscriber, slug, locale, messageId) => ({
  to: subscriber.email,
  from: 'smart Newsroom <alerts@test.example>',
  subject: `${slug} (${locale})`,
  text: slug,
  html: `<p>${slug}</p>`,
  messageId,
});

/** A mailer that records what it is handed; `before` can make a given send fail or hang. */
export function recordingMailer(
  options: { kind?: Mailer['kind']; before?: (mail: OutgoingMail, index: number) => Promise<void> | void } = {},
) {
  const sent: OutgoingMail[] = [];
  let calls = 0;
  const mailer: Mailer = {
    kind: options.kind ?? 'smtp',
    async send(mail) {
      await options.before?.(mail, calls++);
      sent.push(mail);
    },
    // Like the outbox, an 'outbox' kind knows what it was handed; like SMTP, an 'smtp' kind cannot say.
    wasDelivered: (messageId) => (mailer.kind === 'outbox' ? sent.some((m) => m.messageId === messageId) : undefined),
    close: () => undefined,
  };
  return { mailer, sent };
}

/** A promise that never settles: a process frozen (or killed) in the middle of a send. */
export const never = () => new Promise<never>(() => undefined);

export const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
