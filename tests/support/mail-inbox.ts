import { SMTPServer } from 'smtp-server';
import { parseMail, type ParsedMail } from './mail-parse';

/**
 * A real SMTP server on loopback, inside the test process: the site and `npm run alerts:send` deliver to it over
 * SMTP exactly as they would to a production relay, and the test reads what arrived.
 */
export type Received = ParsedMail & { rcpt: string[] };
export type Inbox = {
  port: number;
  messages: Received[];
  to: (address: string) => Received[];
  waitFor: (address: string, count: number, timeout?: number) => Promise<Received[]>;
  stop: () => Promise<void>;
};

/** `acceptMs`: how long the server takes to accept each message, as a busy relay would (default: at once). */
export async function startInbox(options: { acceptMs?: number } = {}): Promise<Inbox> {
  const messages: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: 1024 * 1024,
    // Stopping must not wait half a minute for a client that left a connection open.
    closeTimeout: 500,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push({
          ...parseMail(Buffer.concat(chunks).toString('utf8')),
          rcpt: session.envelope.rcptTo.map((r) => r.address),
        });
        setTimeout(callback, options.acceptMs ?? 0);
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      if (address && typeof address === 'object') resolve(address.port);
      else reject(new Error('the SMTP server has no port'));
    });
  });
  const to = (address: string) => messages.filter((m) => m.rcpt.includes(address));
  return {
    port,
    messages,
    to,
    async waitFor(address, count, timeout = 20_000) {
      const deadline = Date.now() + timeout;
      while (to(address).length < count && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      return to(address);
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
