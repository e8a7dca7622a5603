import { z } from 'zod';
import { defaultSiteUrl } from './routing/site-url';

/** An empty value (`SMTP_URL=` in a service file) means "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** "alerts@example.com" or "smart Newsroom <alerts@example.com>": one address, no line breaks. */
const mailbox = /^(?:[^<>\r\n"]{1,80} <[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

/**
 * Every setting the newsroom reads from the environment, validated once. A bad value stops the server with a
 * message naming the variable instead of misbehaving later.
 */
const schema = z.object({
  SITE_URL: z
    .url({ error: 'SITE_URL must be an absolute URL such as https://newsroom.smart.com' })
    .default(defaultSiteUrl),
  NEWSROOM_PREVIEW: z.enum(['0', '1'], { error: 'NEWSROOM_PREVIEW must be 0 or 1' }).default('0'),
  // Image renditions made from release images (lib/media/renditions/cache.ts): always safe to delete.
  MEDIA_CACHE_DIR: z.string().min(1).default('./.cache/media'),
  // The newsroom's database (lib/storage): Postgres when DATABASE_URL is set, else the embedded SQLite file ALERTS_DB.
  DATABASE_URL: optional(
    z.url({
      protocol: /^postgres(?:ql)?$/,
      error: 'DATABASE_URL must look like postgres://user:password@host:5432/newsroom (or be unset for SQLite)',
    }),
  ),
  // Journalist alerts (lib/alerts): the SQLite file, the key that signs e-mail links, and how mail leaves.
  ALERTS_DB: z.string().min(1).default('./data/alerts.sqlite'),
  ALERTS_SECRET: optional(
    z
      .string()
      .min(32, { error: 'ALERTS_SECRET must be at least 32 characters, e.g. the output of `openssl rand -base64 32`' }),
  ),
  SMTP_URL: optional(
    z.url({
      protocol: /^smtps?$/,
      error: 'SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465',
    }),
  ),
  ALERTS_OUTBOX: z.string().min(1).default('./data/outbox'),
  ALERTS_FROM: optional(
    z
      .string()
      .regex(mailbox, { error: 'ALERTS_FROM must be an address such as "smart Newsroom <newsroom@example.com>"' }),
  ),
  // Signing in to the web editor (/admin) with GitHub: an OAuth app's id and secret (docs/authoring.md,
  // "Editing in the browser"), and GitHub's address (GitHub Enterprise Server, or a stand-in in tests).
  GITHUB_OAUTH_CLIENT_ID: optional(
    z.string().regex(/^[\w.-]{8,64}$/, { error: 'GITHUB_OAUTH_CLIENT_ID must be the Client ID of a GitHub OAuth app' }),
  ),
  GITHUB_OAUTH_CLIENT_SECRET: optional(
    z.string().min(20, { error: 'GITHUB_OAUTH_CLIENT_SECRET must be a client secret of that GitHub OAuth app' }),
  ),
  GITHUB_URL: z
    .url({ error: 'GITHUB_URL must be an absolute URL such as https://github.com' })
    .default('https://github.com'),
});

/**
 * The generated link key (lib/alerts/secret.ts) lives in a file on one machine: with a database that several nodes
 * share, a link signed by one node would fail on the next.
 */
const settings = schema.refine((values) => !values.DATABASE_URL || values.ALERTS_SECRET, {
  path: ['ALERTS_SECRET'],
  error:
    'ALERTS_SECRET must be set, the same on every node, when DATABASE_URL is: the nodes sharing the database must sign e-mail links with one key (e.g. the output of `openssl rand -base64 32`)',
});

const parsed = settings.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
}

export const env = {
  siteUrl: parsed.data.SITE_URL.replace(/\/$/, ''),
  preview: parsed.data.NEWSROOM_PREVIEW === '1',
  /** Relative paths are resolved against the working directory (the project folder under `npm start`). */
  mediaCacheDir: parsed.data.MEDIA_CACHE_DIR,
  /** Set: every node shares this Postgres database; unset: the SQLite file ALERTS_DB (lib/storage/db.ts). */
  databaseUrl: parsed.data.DATABASE_URL,
  alerts: {
    /**
     * The SQLite file when DATABASE_URL is unset; its folder keeps the generated link key either way. Relative paths
     * are resolved against the working directory (the project folder under `npm start`).
     */
    db: parsed.data.ALERTS_DB,
    /** Unset: lib/alerts/secret.ts generates one on first use and keeps it beside the database. */
    secret: parsed.data.ALERTS_SECRET,
    /** Unset: e-mails are written as .eml files to `outbox` instead of being sent. */
    smtpUrl: parsed.data.SMTP_URL,
    outbox: parsed.data.ALERTS_OUTBOX,
    from: parsed.data.ALERTS_FROM ?? `smart Newsroom <newsroom-alerts@${new URL(parsed.data.SITE_URL).hostname}>`,
  },
  /** Unset id or secret: the editor's GitHub sign-in answers that it is not set up (app/api/cms-auth). */
  githubOAuth: {
    clientId: parsed.data.GITHUB_OAUTH_CLIENT_ID,
    clientSecret: parsed.data.GITHUB_OAUTH_CLIENT_SECRET,
    githubUrl: parsed.data.GITHUB_URL.replace(/\/$/, ''),
  },
};
