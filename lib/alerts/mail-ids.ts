import { randomBytes } from 'node:crypto';

/** The domain of an address such as "smart Newsroom <alerts@example.com>": Message-IDs and List-Id use it. */
export const mailDomain = (from: string) => from.match(/@([^\s<>@]+?)>?$/)?.[1] ?? 'localhost';

/** A confirmation or service e-mail's Message-ID: unique, since each such e-mail is sent exactly when asked for. */
export const serviceMessageId = (from: string) => `<service.${randomBytes(12).toString('hex')}@${mailDomain(from)}>`;
