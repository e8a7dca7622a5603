import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { requestSubscription } from '@/lib/alerts/subscriptions';
import { runAccess, usage } from '@/lib/early-access/cli';
import { findGrant, logAccess, queueGrant } from '@/lib/early-access/grants';
import { findJournalist, listJournalists } from '@/lib/early-access/store';
import type { Db } from '@/lib/storage/db';
import { confirmed, tempFolder } from '@/tests/support/alerts-db';
import { describeEachEngine, freshDb } from '@/tests/support/storage';

const now = new Date('2026-11-20T10:00:00Z');

function cli(db: Db) {
  return async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runAccess(argv, {
      db: async () => db,
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      now: () => now,
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}

const addAlice = ['add', '--email', 'Alice@Example.com', '--name', 'Alice Doe', '--outlet', 'Auto Weekly'];

function csvFile(content: string | Buffer) {
  const file = path.join(tempFolder(), 'press.csv');
  writeFileSync(file, content);
  return file;
}

describeEachEngine('npm run access', (engine) => {
  it('answer help with the usage, and no command, an unknown command, option or missing value with exit code 2', async () => {
    const { db } = await freshDb(engine);
    const access = cli(db);
    expect(await access('help')).toEqual({ code: 0, out: usage, err: '' });
    expect(await access('--help')).toEqual({ code: 0, out: usage, err: '' });
    expect(await access()).toEqual({ code: 2, out: '', err: usage });
    expect(await access('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown command "frobnicate"'),
    });
    const unknownOption = await access('list', '--colour');
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.err).toContain("Unknown option '--colour'");
    expect(unknownOption.err).toContain(usage);
    expect((await access('list', '--group')).code).toBe(2);
    expect(await access(...addAlice, '--language', 'de')).toMatchObject({
      code: 2,
      err: expect.stringContaining('add needs --group'),
    });
    expect((await access('remove')).code).toBe(2);
  });

  it('add a journalist, then update them, saying what happened', async () => {
    const { db } = await freshDb(engine);
    const access = cli(db);
    expect(await access(...addAlice, '--language', 'de', '--group', 'eu-auto-press')).toEqual({
      code: 0,
      out: 'Added alice@example.com (Alice Doe, Auto Weekly, de): added to eu-auto-press; groups now eu-auto-press.',
      err: '',
    });
    expect(
      (await access(...addAlice, '--language', 'fr', '--group', 'business-press', '--group', 'eu-auto-press')).out,
    ).toBe(
      'Updated alice@example.com (Alice Doe, Auto Weekly, fr): added to business-press; groups now business-press, eu-auto-press.',
    );
  });

  it('refuse a bad language or group in one line naming the option, its value and what is allowed', async () => {
    const { db } = await freshDb(engine);
    const access = cli(db);
    expect(await access(...addAlice, '--language', 'xx', '--group', 'eu-auto-press')).toEqual({
      code: 1,
      out: '',
      err: 'access add: --language "xx": must be one of en, de, fr, es, zh, ar',
    });
    expect((await access(...addAlice, '--language', 'de', '--group', 'press')).err).toBe(
      'access add: --group "press": must be one of eu-auto-press, china-auto-press, mena-auto-press, latam-auto-press, business-press, lifestyle-press',
    );
    expect((await access('list', '--group', 'press')).code).toBe(1);
    expect(await listJournalists(db)).toEqual([]);
  });

  it('grant membership to a confirmed alert subscriber only, in their language, linked', async () => {
    const { db } = await freshDb(engine);
    const access = cli(db);
    const id = await confirmed(db, 'sub@example.com', now, { locale: 'es' });
    await requestSubscription(
      db,
      { email: 'pending@example.com', locale: 'en', languages: ['en'], topics: 'all', consentText: 'I agree.' },
      now,
    );
    const member = ['--name', 'Sol', '--outlet', 'Motor', '--group', 'latam-auto-press'];
    expect(await access('add', '--subscriber', 'SUB@example.com', ...member)).toMatchObject({
      code: 0,
      out: 'Added sub@example.com (Sol, Motor, es): added to latam-auto-press; groups now latam-auto-press.',
    });
    expect((await findJournalist(db, 'sub@example.com'))?.subscriberId).toBe(id);
    expect(await access('add', '--subscriber', 'pending@example.com', ...member)).toEqual({
      code: 1,
      out: '',
      err: 'access add: --subscriber "pending@example.com": that alert subscription is pending, not confirmed; add them with --email and --language instead',
    });
    expect((await access('add', '--subscriber', 'who@example.com', ...member)).err).toBe(
      'access add: --subscriber "who@example.com": no alert subscriber has that e-mail; add them with --email and --language instead',
    );
    expect((await access('add', '--subscriber', 'sub@example.com', '--language', 'de', ...member)).code).toBe(2);
    expect((await access('add', '--subscriber', 'sub@example.com', '--email', 'x@example.com', ...member)).code).toBe(
      2,
    );
  });

  it('import a CSV with BOM, quotes and both group separators, all at once', async () => {
    const { db } = await freshDb(engine);
    const access = cli(db);
    await access(...addAlice, '--language', 'de', '--group', 'eu-auto-press');
    const file = csvFile(
      '\uFEFFemail,name,outlet,language,groups\r\n' +
        'alice@example.com,Alice Doe,"Auto Weekly, Berlin",de,business-press\r\n' +
        '"li@example.com","Li ""Lee"" Wei",汽车周刊,zh,"china-auto-press; business-press"\r\n' +
        '\r\n' +
        'omar@example.com,Omar,Motor Arabia,ar,mena-auto-press lifestyle-press\r\n',
    );
    expect(await access('import', file)).toEqual({ code: 0, out: `Imported ${file}: 2 added, 1 updated.`, err: '' });
    expect(await findJournalist(db, 'li@example.com')).toMatchObject({
      name: 'Li "Lee" Wei',
      outlet: '汽车周刊',
      groups: ['business-press', 'china-auto-press'],
    });
    expect(await findJournalist(db, 'alice@example.com')).toMatchObject({
      outlet: 'Auto Weekly, Berlin',
      groups: ['business-press', 'eu-auto-press'],
    });
  });

  it('report every bad row of an import by file, line, field, value and what is allowed, and write nothing', async () => {
    const { db } = await freshDb(engine);
    const access = cli(db);
    const file = csvFile(
      'email,name,outlet,language,groups\n' +
        'ok@example.com,Ok,Outlet,en,eu-auto-press\n' +
        'bad@example.com,Bad,"Multi\nline",xx,eu-auto-press\n' +
        'nope,Nope,Outlet,en,eu-auto-press;press\n' +
        'ok@example.com,Again,Outlet,en,eu-auto-press\n' +
        'short@example.com,Short\n',
    );
    const result = await access('import', file);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      `${file}:3: field "outlet" is "Multi\\nline": must be 1 to 200 characters on one line`,
      `${file}:3: field "language" is "xx": must be one of en, de, fr, es, zh, ar`,
      `${file}:5: field "email" is "nope": must be an e-mail address`,
      `${file}:5: field "groups" is "press": must be one of eu-auto-press, china-auto-press, mena-auto-press, latam-auto-press, business-press, lifestyle-press`,
      `${file}:6: field "email" is "ok@example.com": must appear once (it is also on line 2)`,
      `${file}:7: 2 fields, but the header has 5`,
      `access import: ${file}: nothing was imported; fix the 6 problems above`,
    ]);
    expect(await listJournalists(db)).toEqual([]);
  });

  it('refuse an import with a wrong header, broken quoting, no rows or not UTF-8', async () => {
    const { db } = await freshDb(engine);
    const access = cli(db);
    const header = csvFile('email,name,outlet,lang,groups\nx@example.com,X,Y,en,eu-auto-press\n');
    expect((await access('import', header)).err.split('\n')[0]).toBe(
      `${header}:1: the header must name the columns email,name,outlet,language,groups (found "email,name,outlet,lang,groups")`,
    );
    const quotes = csvFile('email,name,outlet,language,groups\nx@example.com,"X,Y,en,eu-auto-press\n');
    expect((await access('import', quotes)).err.split('\n')[0]).toBe(
      `${quotes}:2: a double quote that is never closed`,
    );
    const stray = csvFile('email,name,outlet,language,groups\nx@example.com,X "the" Y,Y,en,eu-auto-press\n');
    expect((await access('import', stray)).err.split('\n')[0]).toBe(
      `${stray}:2: a double quote inside an unquoted field`,
    );
    const empty = csvFile('email,name,outlet,language,groups\n');
    expect((await access('import', empty)).err.split('\n')[0]).toBe(
      `${empty}: has no rows below the header; nothing was written`,
    );
    const latin1 = csvFile(
      Buffer.from('email,name,outlet,language,groups\nx@example.com,J\xfcrgen,Y,de,eu-auto-press\n', 'latin1'),
    );
    expect(await access('import', latin1)).toMatchObject({
      code: 1,
      err: expect.stringContaining('is not UTF-8 text'),
    });
    expect(await access('import', '/nonexistent/press.csv')).toMatchObject({
      code: 1,
      err: expect.stringContaining('cannot be read'),
    });
  });

  it('list people and groups as plain tables', async () => {
    const { db } = await freshDb(engine);
    const access = cli(db);
    await access(...addAlice, '--language', 'de', '--group', 'eu-auto-press', '--group', 'business-press');
    await access(
      'add',
      '--email',
      'bo@example.com',
      '--name',
      'Bo',
      '--outlet',
      'Che',
      '--language',
      'zh',
      '--group',
      'china-auto-press',
    );
    expect((await access('list')).out).toBe(
      [
        'E-MAIL             NAME       OUTLET       LANGUAGE  GROUPS',
        'alice@example.com  Alice Doe  Auto Weekly  de        business-press eu-auto-press',
        'bo@example.com     Bo         Che          zh        china-auto-press',
      ].join('\n'),
    );
    expect((await access('list', '--group', 'china-auto-press')).out.split('\n')).toHaveLength(2);
    expect((await access('list', '--group', 'mena-auto-press')).out).toBe('Nobody is in mena-auto-press.');
    expect((await access('groups')).out).toBe(
      [
        'eu-auto-press     1 member',
        'china-auto-press  1 member',
        'mena-auto-press   0 members',
        'latam-auto-press  0 members',
        'business-press    1 member',
        'lifestyle-press   0 members',
      ].join('\n'),
    );
  });

  it('remove from groups, revoke links, print the log, export and delete', async () => {
    const { db } = await freshDb(engine);
    const access = cli(db);
    await access(...addAlice, '--language', 'de', '--group', 'eu-auto-press', '--group', 'business-press');
    const alice = await findJournalist(db, 'alice@example.com');
    await queueGrant(db, { journalistId: alice?.id ?? '', slug: 'smart-5', locale: 'de', messageId: '<m@x>' }, now);
    const grantId = (await db.selectFrom('access_grants').select('id').executeTakeFirst())?.id ?? '';
    expect((await access('log', 'smart-5')).out).toBe('Nobody has opened smart-5 through an early-access link.');
    await logAccess(db, { grantId, action: 'open', client: '192.0.2.1 Firefox' }, now);
    await logAccess(
      db,
      { grantId, action: 'download', file: 'front.jpg', client: '192.0.2.1 Firefox' },
      new Date('2026-11-20T10:05:00Z'),
    );
    expect((await access('log', 'smart-5')).out).toBe(
      [
        'WHEN (UTC)                WHO        OUTLET       E-MAIL             WHAT                  CLIENT',
        '2026-11-20T10:00:00.000Z  Alice Doe  Auto Weekly  alice@example.com  opened                192.0.2.1 Firefox',
        '2026-11-20T10:05:00.000Z  Alice Doe  Auto Weekly  alice@example.com  downloaded front.jpg  192.0.2.1 Firefox',
      ].join('\n'),
    );
    expect(await access('log', 'Smart 5')).toMatchObject({
      code: 1,
      err: expect.stringContaining('"Smart 5" is not a release slug'),
    });

    expect((await access('remove', 'alice@example.com', '--group', 'business-press')).out).toContain(
      'Removed alice@example.com from business-press. Their links to releases open only to those groups stop working now: membership is checked at every request.',
    );
    expect((await access('remove', 'alice@example.com', '--group', 'business-press')).out).toBe(
      'alice@example.com is in none of those groups; nothing changed.',
    );
    expect(await access('remove', 'nobody@example.com')).toMatchObject({
      code: 1,
      err: expect.stringContaining('no journalist'),
    });

    expect((await access('revoke', 'alice@example.com', 'smart-1')).out).toContain('has no working link for smart-1');
    expect((await access('revoke', 'alice@example.com', 'smart-5')).out).toBe(
      'Revoked 1 link of alice@example.com for smart-5: they answer "not found" from now on.',
    );
    expect((await findGrant(db, grantId))?.revokedAt).toBe(now.toISOString());

    const exported = await access('export', 'alice@example.com');
    expect(JSON.parse(exported.out)).toMatchObject({
      email: 'alice@example.com',
      log: [{ action: 'open' }, { action: 'download' }],
    });
    expect((await access('delete', 'alice@example.com')).out).toBe(
      'Erased alice@example.com (Alice Doe, Auto Weekly): 1 group membership, 1 link, 2 access log entries.',
    );
    expect((await access('export', 'alice@example.com')).code).toBe(1);
    expect((await access('log', 'smart-5')).out).toBe('Nobody has opened smart-5 through an early-access link.');
  });
});
