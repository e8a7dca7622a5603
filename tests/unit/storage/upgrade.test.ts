import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findSubscriber } from '@/lib/alerts/subscriptions';
import { accessLog, queueGrant } from '@/lib/early-access/grants';
import { addJournalist, findJournalist } from '@/lib/early-access/store';
import { openDb, schemaVersion } from '@/lib/storage/db';
import { migrations } from '@/lib/storage/migrations';
import type { Database as Tables } from '@/lib/storage/schema';
import { tempFolder } from '@/tests/support/alerts-db';
import { freshDb } from '@/tests/support/storage';

/**
 * An SQLite file made by the release before the query builder (its two migrations' SQL, copied into
 * tests/fixtures/storage/) is recognised at version 2 and upgraded in place to the newest version, every row intact;
 * and the same migrations written with Kysely's schema builder make the same tables on a fresh file.
 */
const releasedSql = (version: number) =>
  readFileSync(path.join(import.meta.dirname, `../../fixtures/storage/migration-${version}.sql`), 'utf8');

const tables: (keyof Tables)[] = [
  'subscribers',
  'deliveries',
  'rate_events',
  'journalists',
  'journalist_groups',
  'access_grants',
  'access_log',
  'schema_migrations',
];

const now = '2026-11-20T10:00:00.000Z';
const subscriber = '0123456789abcdef0123456789abcdef';
const journalist = 'fedcba9876543210fedcba9876543210';
const grant = 'aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbb';

/** A database as the released code left it, at the given version, with a row in every table it has. */
function releasedDatabase(version: 1 | 2): string {
  const file = path.join(tempFolder(), 'alerts.sqlite');
  const db = new Database(file);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (let v = 1; v <= version; v++) {
    db.exec(releasedSql(v));
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(v, `v${v}`, now);
  }
  db.prepare(
    `INSERT INTO subscribers (id, email, locale, languages, topics, status, consent_text, consent_locale, consent_at, created_at, updated_at, confirmed_at)
     VALUES (?, 'old@example.com', 'fr', '["fr","en"]', '["brand"]', 'confirmed', 'J''accepte.', 'fr', ?, ?, ?, ?)`,
  ).run(subscriber, now, now, now, now);
  db.prepare(
    `INSERT INTO deliveries (subscriber_id, release_slug, locale, status, message_id, attempts, queued_at, attempted_at, sent_at)
     VALUES (?, 'smart-1', 'fr', 'sent', '<alert.1@example.com>', 1, ?, ?, ?)`,
  ).run(subscriber, now, now, now);
  db.prepare('INSERT INTO rate_events (key, at) VALUES (?, ?)').run('address:abc', 1_795_000_000_123);
  db.prepare('INSERT INTO locks (name, holder, expires_at) VALUES (?, ?, ?)').run(
    'alerts-send',
    '42-beef',
    1_795_000_600_000,
  );
  if (version === 2) {
    db.prepare(
      `INSERT INTO journalists (id, email, name, outlet, locale, subscriber_id, created_at, updated_at)
       VALUES (?, 'old@example.com', 'Odile Vieux', 'Auto Hebdo', 'fr', ?, ?, ?)`,
    ).run(journalist, subscriber, now, now);
    db.prepare('INSERT INTO journalist_groups VALUES (?, ?, ?)').run(journalist, 'eu-auto-press', now);
    db.prepare(
      `INSERT INTO access_grants (id, journalist_id, release_slug, locale, status, message_id, attempts, queued_at, sent_at)
       VALUES (?, ?, 'smart-5', 'fr', 'sent', '<early.1@example.com>', 1, ?, ?)`,
    ).run(grant, journalist, now, now);
    db.prepare(
      `INSERT INTO access_log (grant_id, journalist_id, release_slug, action, file, client, at)
       VALUES (?, ?, 'smart-5', 'download', 'front.jpg', '192.0.2.1 Firefox', ?)`,
    ).run(grant, journalist, now);
  }
  db.close();
  return file;
}

function everyRow(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const present = new Set(
      db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((t) => t.name),
    );
    return Object.fromEntries(
      tables.filter((t) => present.has(t)).map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]),
    );
  } finally {
    db.close();
  }
}

/** What migration 3 changes in the rows it keeps: the queue tables gain an empty claim. */
const upgraded = (table: string, rows: unknown[] | undefined) =>
  table === 'deliveries' || table === 'access_grants'
    ? rows?.map((row) => ({ ...(row as object), claimed_by: null, claim_expires_at: null }))
    : rows;

const hasTable = (file: string, name: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  } finally {
    db.close();
  }
};

const indexList = z.array(z.object({ name: z.string(), unique: z.number(), origin: z.string() }));
const indexInfo = z.array(z.object({ name: z.string() }));
const tableSql = z.object({ sql: z.string() });

/** The CHECK constraints and AUTOINCREMENT of a CREATE TABLE, in one spelling (case, quotes and spaces aside). */
function constraints(createTable: string) {
  const sql = createTable.toLowerCase().replaceAll('"', '').replace(/\s+/g, ' ');
  return { checks: sql.match(/check \([^)]*\)\)?/g) ?? [], autoincrement: sql.includes('autoincrement') };
}

/**
 * Columns (types, NOT NULL, defaults, keys), indexes, foreign keys, CHECK constraints and AUTOINCREMENT of every
 * table, as SQLite reports them (the names it gives automatic indexes aside).
 */
function structure(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      tables.map((t) => [
        t,
        {
          columns: db.pragma(`table_info(${t})`),
          foreignKeys: db.pragma(`foreign_key_list(${t})`),
          indexes: indexList
            .parse(db.pragma(`index_list(${t})`))
            .map((index) => ({
              name: index.origin === 'c' ? index.name : `(${index.origin})`,
              unique: index.unique,
              columns: indexInfo.parse(db.pragma(`index_info(${index.name})`)).map((c) => c.name),
            }))
            .sort((a, b) => `${a.name}${a.columns}`.localeCompare(`${b.name}${b.columns}`)),
          ...constraints(tableSql.parse(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(t)).sql),
        },
      ]),
    );
  } finally {
    db.close();
  }
}

describe('storage upgrade from the release before the query builder', () => {
  it('recognises a file at version 2, upgrades it, and keeps every row of every table, readable and writable', async () => {
    const file = releasedDatabase(2);
    const before = everyRow(file);
    expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
    expect(hasTable(file, 'locks')).toBe(true);
    const db = await openDb({ engine: 'sqlite', file });
    try {
      expect(await schemaVersion(db)).toBe(migrations.length);
      for (const table of tables.filter((t) => t !== 'schema_migrations'))
        expect(await db.selectFrom(table).selectAll().execute()).toEqual(upgraded(table, before[table]));
      expect(await findSubscriber(db, subscriber)).toMatchObject({
        email: 'old@example.com',
        languages: ['fr', 'en'],
        topics: ['brand'],
        consent: { text: "J'accepte." },
      });
      expect(await findJournalist(db, 'old@example.com')).toMatchObject({
        id: journalist,
        subscriberId: subscriber,
        groups: ['eu-auto-press'],
      });
      expect(await accessLog(db, 'smart-5')).toEqual([
        expect.objectContaining({ action: 'download', file: 'front.jpg', name: 'Odile Vieux' }),
      ]);
      expect(
        await queueGrant(
          db,
          { journalistId: journalist, slug: 'smart-6', locale: 'fr', messageId: '<m@x>' },
          new Date(),
        ),
      ).toBe(true);
    } finally {
      await db.destroy();
    }
    const after = everyRow(file);
    expect(after.schema_migrations?.slice(0, 2)).toEqual(before.schema_migrations);
    expect(after.access_grants).toHaveLength(2);
    // The one-sender lease (a lease, not data) gave way to row claims.
    expect(hasTable(file, 'locks')).toBe(false);
  });

  it('upgrades a file made at version 1 to the newest version with its subscribers intact', async () => {
    const file = releasedDatabase(1);
    const before = everyRow(file);
    const db = await openDb({ engine: 'sqlite', file });
    try {
      expect(await schemaVersion(db)).toBe(migrations.length);
      for (const table of ['subscribers', 'deliveries', 'rate_events'] as const)
        expect(await db.selectFrom(table).selectAll().execute()).toEqual(upgraded(table, before[table]));
      const added = await addJournalist(
        db,
        {
          email: 'old@example.com',
          name: 'Odile',
          outlet: 'Auto Hebdo',
          locale: 'fr',
          groups: ['eu-auto-press'],
          subscriberId: subscriber,
        },
        new Date(now),
      );
      expect(added.journalist.subscriberId).toBe(subscriber);
    } finally {
      await db.destroy();
    }
  });

  it('makes, on a fresh file, the same tables, keys, indexes and foreign keys as the released SQL upgraded', async () => {
    const { db, location, close } = await freshDb('sqlite');
    await close(db);
    if (location.engine !== 'sqlite') throw new Error('expected SQLite');
    const fresh = structure(location.file);
    const releasedFile = releasedDatabase(2);
    await (await openDb({ engine: 'sqlite', file: releasedFile })).destroy();
    const released = structure(releasedFile);
    const lowerTypes = (s: typeof fresh): unknown =>
      JSON.parse(
        JSON.stringify(s, (key, value: unknown) =>
          key === 'type' && typeof value === 'string' ? value.toLowerCase() : value,
        ),
      );
    expect(lowerTypes(fresh)).toEqual(lowerTypes(released));
    expect(fresh.access_grants?.checks).toEqual([
      "check (status in ('pending', 'sending', 'sent', 'failed', 'unknown', 'cancelled'))",
    ]);
    expect(fresh.access_log?.autoincrement).toBe(true);
  });
});
