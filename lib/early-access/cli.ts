import { findSubscriberByEmail } from '@/lib/alerts/subscriptions';
import { earlyAccessGroups } from '@/lib/content/taxonomy';
import { locales } from '@/lib/i18n/locales';
import { writeTransaction, type Db } from '@/lib/storage/db';
import { group, list, parse, plural, Refusal, slug, table, text } from './cli-args';
import { accessLog, revokeGrants } from './grants';
import { deleteJournalist, exportJournalist } from './personal-data';
import { fieldNames, importColumns, quote, readImportFile } from './import-csv';
import {
  addJournalist,
  EarlyAccessInputError,
  findJournalist,
  groupCounts,
  listJournalists,
  removeFromGroups,
  type InputProblem,
  type Journalist,
} from './store';

/**
 * `npm run access -- <command>`: the operator's side of early access. Exit codes: 0 done, 1 bad input (a one-line
 * error naming the option or field, its value and what is allowed), 2 a command line that cannot be understood
 * (with the usage text).
 */
export const usage = `Usage: npm run access -- <command>

  add --email E --name N --outlet O --language L --group G [--group G2 …]
                           add a journalist to groups, or update them (matched by e-mail)
  add --subscriber E --name N --outlet O --group G [--group G2 …]
                           the same for a confirmed alert subscriber (their language; the records are linked)
  import FILE.csv          add or update everyone in the file; header ${importColumns.join(',')}, groups separated
                           by spaces or semicolons; nothing is written unless every row is valid
  list [--group G]         the journalists with their groups
  groups                   every group with its number of members
  remove E [--group G …]   take E out of the groups (all when none is given)
  revoke E [RELEASE-SLUG]  revoke E's personal link for one release, or all of them
  log RELEASE-SLUG         who opened and downloaded what of the release, oldest first
  export E                 everything stored about E, as JSON
  delete E                 erase E: the person, their groups, links and access log
  help                     this text

Languages: ${locales.join(', ')}
Groups: ${earlyAccessGroups.join(', ')}`;

export type AccessIo = {
  /** Opened on first use, so `help` and usage errors touch no database. */
  db: () => Promise<Db>;
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
};

async function known(db: Db, email: string): Promise<Journalist> {
  const journalist = await findJournalist(db, email);
  if (!journalist) throw new Refusal(`no journalist with the e-mail ${quote(email)} (see \`npm run access -- list\`)`);
  return journalist;
}

async function add(args: string[], io: AccessIo) {
  const { values } = parse(
    args,
    {
      email: { type: 'string' },
      subscriber: { type: 'string' },
      name: { type: 'string' },
      outlet: { type: 'string' },
      language: { type: 'string' },
      group: { type: 'string', multiple: true },
    },
    [0, 0],
    'add takes options only',
  );
  const email = text(values.email);
  const subscriberEmail = text(values.subscriber);
  const needed = (option: string) => {
    const value = text(values[option]);
    if (value === undefined) throw new Refusal(`add needs --${option}`, 2);
    return value;
  };
  if ((email === undefined) === (subscriberEmail === undefined))
    throw new Refusal('add needs either --email (anyone) or --subscriber (a confirmed alert subscriber)', 2);
  if (list(values.group).length === 0) throw new Refusal('add needs --group', 2);
  let person: { email: string; locale: string; subscriberId?: string };
  if (subscriberEmail !== undefined) {
    if (values.language !== undefined)
      throw new Refusal('add --subscriber takes the language the subscriber chose; leave out --language', 2);
    const subscriber = await findSubscriberByEmail(await io.db(), subscriberEmail);
    if (subscriber?.status !== 'confirmed')
      throw new Refusal(
        subscriber
          ? `--subscriber ${quote(subscriberEmail)}: that alert subscription is ${subscriber.status}, not confirmed; add them with --email and --language instead`
          : `--subscriber ${quote(subscriberEmail)}: no alert subscriber has that e-mail; add them with --email and --language instead`,
      );
    person = { email: subscriber.email, locale: subscriber.locale, subscriberId: subscriber.id };
  } else {
    person = { email: needed('email'), locale: needed('language') };
  }
  const input = { ...person, name: needed('name'), outlet: needed('outlet'), groups: list(values.group) };
  try {
    const { journalist, created, addedGroups } = await addJournalist(await io.db(), input, io.now());
    const who = `${journalist.email} (${journalist.name}, ${journalist.outlet}, ${journalist.locale})`;
    const added = addedGroups.length > 0 ? `added to ${addedGroups.join(', ')}` : 'already in every group given';
    io.out(`${created ? 'Added' : 'Updated'} ${who}: ${added}; groups now ${journalist.groups.join(', ')}.`);
  } catch (error) {
    if (!(error instanceof EarlyAccessInputError)) throw error;
    const option = (field: InputProblem['field']) =>
      field === 'email' && subscriberEmail !== undefined
        ? 'subscriber'
        : field === 'groups'
          ? 'group'
          : fieldNames[field];
    throw new Refusal(error.problems.map((p) => `--${option(p.field)} ${quote(p.value)}: ${p.allowed}`).join('; '));
  }
}

async function importFile(args: string[], io: AccessIo) {
  const { positionals } = parse(args, {}, [1, 1], 'import needs one CSV file');
  const [file = ''] = positionals;
  const read = readImportFile(file);
  if (!read.ok) {
    read.errors.forEach((error) => io.err(error));
    throw new Refusal(`${file}: nothing was imported; fix the ${plural(read.errors.length, 'problem')} above`);
  }
  const db = await io.db();
  const now = io.now();
  // All rows or none: one transaction, each person added within it.
  const created = await writeTransaction(db, async (trx) => {
    let added = 0;
    for (const row of read.rows) if ((await addJournalist(trx, row.person, now)).created) added++;
    return added;
  });
  io.out(`Imported ${file}: ${created} added, ${read.rows.length - created} updated.`);
}

async function listPeople(args: string[], io: AccessIo) {
  const { values } = parse(args, { group: { type: 'string' } }, [0, 0], 'list takes only --group');
  const only = text(values.group);
  const people = await listJournalists(await io.db(), only === undefined ? {} : { group: group(only) });
  if (people.length === 0) return io.out(only ? `Nobody is in ${only}.` : 'No journalists yet.');
  io.out(
    table([
      ['E-MAIL', 'NAME', 'OUTLET', 'LANGUAGE', 'GROUPS'],
      ...people.map((p) => [p.email, p.name, p.outlet, p.locale, p.groups.join(' ')]),
    ]),
  );
}

async function remove(args: string[], io: AccessIo) {
  const { values, positionals } = parse(
    args,
    { group: { type: 'string', multiple: true } },
    [1, 1],
    'remove needs one e-mail',
  );
  const [email = ''] = positionals;
  const groups = list(values.group).map(group);
  const db = await io.db();
  const journalist = await known(db, email);
  const left = (await removeFromGroups(db, journalist.email, groups.length > 0 ? groups : undefined)) ?? [];
  if (left.length === 0) return io.out(`${journalist.email} is in none of those groups; nothing changed.`);
  io.out(
    `Removed ${journalist.email} from ${left.join(', ')}. Their links to releases open only to those groups stop ` +
      'working now: membership is checked at every request. The person and their access log are kept (`delete` erases them).',
  );
}

async function revoke(args: string[], io: AccessIo) {
  const { positionals } = parse(args, {}, [1, 2], 'revoke needs an e-mail and optionally a release slug');
  const [email = '', release] = positionals;
  const only = release === undefined ? undefined : slug(release);
  const db = await io.db();
  const journalist = await known(db, email);
  const revoked = await revokeGrants(db, journalist.email, io.now(), only);
  const scope = only === undefined ? 'any release' : only;
  if (revoked === 0)
    return io.out(
      `${journalist.email} has no working link for ${scope} (none sent yet, or already revoked). To keep one from being sent, remove them from the group.`,
    );
  io.out(
    `Revoked ${plural(revoked, 'link')} of ${journalist.email} for ${scope}: they answer "not found" from now on.`,
  );
}

async function log(args: string[], io: AccessIo) {
  const { positionals } = parse(args, {}, [1, 1], 'log needs one release slug');
  const release = slug(positionals[0] ?? '');
  const entries = await accessLog(await io.db(), release);
  if (entries.length === 0) return io.out(`Nobody has opened ${release} through an early-access link.`);
  io.out(
    table([
      ['WHEN (UTC)', 'WHO', 'OUTLET', 'E-MAIL', 'WHAT', 'CLIENT'],
      ...entries.map((e) => [
        e.at,
        e.name,
        e.outlet,
        e.email,
        e.action === 'open' ? 'opened' : `downloaded ${e.file ?? ''}`.trimEnd(),
        e.client,
      ]),
    ]),
  );
}

async function exportPerson(args: string[], io: AccessIo) {
  const { positionals } = parse(args, {}, [1, 1], 'export needs one e-mail');
  const db = await io.db();
  const journalist = await known(db, positionals[0] ?? '');
  io.out(JSON.stringify(await exportJournalist(db, journalist.email), null, 2));
}

async function erase(args: string[], io: AccessIo) {
  const { positionals } = parse(args, {}, [1, 1], 'delete needs one e-mail');
  const db = await io.db();
  const journalist = await known(db, positionals[0] ?? '');
  const erased = await deleteJournalist(db, journalist.email);
  if (!erased) throw new Error(`${journalist.email} vanished while being erased`);
  io.out(
    `Erased ${journalist.email} (${journalist.name}, ${journalist.outlet}): ${plural(erased.groups, 'group membership')}, ` +
      `${plural(erased.grants, 'link')}, ${plural(erased.log, 'access log entry', 'access log entries')}.`,
  );
}

const commands: Record<string, (args: string[], io: AccessIo) => Promise<void>> = {
  add,
  import: importFile,
  list: listPeople,
  groups: async (args, io) => {
    parse(args, {}, [0, 0], 'groups takes no arguments');
    io.out(table((await groupCounts(await io.db())).map((g) => [g.group, plural(g.members, 'member')])));
  },
  remove,
  revoke,
  log,
  export: exportPerson,
  delete: erase,
};

/** Runs one command line and returns the exit code. */
export async function runAccess(argv: readonly string[], io: AccessIo): Promise<number> {
  const [command, ...args] = argv;
  // Help asked for is an answer (exit code 0); no command at all is a usage error, answered on stderr (2).
  if (command === 'help' || command === '--help' || command === '-h') {
    io.out(usage);
    return 0;
  }
  if (command === undefined) {
    io.err(usage);
    return 2;
  }
  const run = commands[command];
  try {
    if (!run) throw new Refusal(`unknown command ${quote(command)}`, 2);
    await run(args, io);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof Refusal) {
      io.err(`access ${command}: ${message}`);
      if (error.exitCode === 2) io.err(`\n${usage}`);
      return error.exitCode;
    }
    // node:util parseArgs: an unknown option, or an option without its value.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`access ${command}: ${message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}
