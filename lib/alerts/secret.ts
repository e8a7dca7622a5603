import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The key that signs e-mail links. ALERTS_SECRET wins; without it, a random key is generated on first use and
 * kept in `alerts-secret` beside the database, so `npm start` works on a fresh clone (where NODE_ENV is
 * "production") and links stay valid across restarts. The web server and `npm run alerts:send` both end up with
 * the same key: whoever links the file into place first wins (a hard link fails if the name exists, and the file
 * appears with its content complete), the other reads it.
 */
function secretFile(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'alerts-secret');
}

export function resolveSecret(configured: string | undefined, dbFile: string): string {
  if (configured) return configured;
  const file = secretFile(dbFile);
  if (!existsSync(file)) createSecretFile(file);
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) {
    throw new Error(
      `The alerts link key in ${file} is shorter than 32 characters. Delete the file to generate a new one (outstanding e-mail links stop working), or set ALERTS_SECRET.`,
    );
  }
  return secret;
}

function createSecretFile(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(draft, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
    linkSync(draft, file);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) {
      throw new Error(
        `Cannot create the alerts link key ${file}: ${error instanceof Error ? error.message : String(error)}. Set ALERTS_SECRET instead.`,
      );
    }
  } finally {
    rmSync(draft, { force: true });
  }
}
