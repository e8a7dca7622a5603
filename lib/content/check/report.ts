import type { EditorialFinding, EditorialRule } from './editorial';
import type { Schedule } from './schedule';
import { coverageTable, missingLocales, type Coverage } from './translation-coverage';
import { defaultLocale, locales } from '@/lib/i18n/locales';
import { localeFilePath } from '../file-names';
import type { Finding } from './validate';

/**
 * What `npm run content:check` reports, in its three forms: text for a terminal, GitHub workflow commands (each
 * finding an annotation on its line of the pull request's diff, plus a Markdown step summary) and JSON for other
 * tools. The findings are the same in each; only the spelling differs.
 */
export type CheckResult = {
  /** Errors and warnings, by file and line (missing translations are summed up in `coverage` instead). */
  findings: (Finding | EditorialFinding)[];
  /** Releases and pages not in every language. */
  untranslated: EditorialFinding[];
  coverage: Coverage[];
  /** The releases this change adds or edits (when the change is not known: every release not yet public). */
  schedule: Schedule[];
  /** Whether `schedule` is the change's own releases. */
  scheduleIsChange: boolean;
};

const headings: Record<EditorialRule, string> = {
  'brand-style': 'brand style',
  'raw-html': 'HTML in Markdown',
  link: 'link',
  'alt-text': 'alt text',
  'image-size': 'image size',
  'image-weight': 'image weight',
  'image-file': 'image file',
  'video-file': 'video file',
  'video-weight': 'video weight',
  captions: 'captions',
  'video-translations': 'video translations',
  'summary-length': 'length',
  placeholder: 'unfinished text',
  translations: 'translations',
};
/** What to do about a kind of warning, said once above its list. */
const advice: Partial<Record<EditorialRule, string>> = {
  'summary-length': 'search engines show about 160 characters, so the end is cut off. Shorten it, or make sure the first 160 characters say what matters.',
  'image-weight': 'journalists download the original file; export it again as a JPEG of about 4000 pixels on the long side, quality 85.',
  'video-weight': 'journalists download the 1080p file; export it again at a lower bit rate (a few MB per minute is plenty for b-roll).',
  captions: 'a cue whose first letter is Latin is set left to right in a right-to-left language; an invisible RIGHT-TO-LEFT MARK (U+200F) at its start fixes it.',
  placeholder: 'a draft may keep its TODO marks; replace them before it is published.',
};

/** The rule a finding is about, as named in the reports and in content/README.md. */
const ruleOf = (f: Finding | EditorialFinding) => ('rule' in f ? headings[f.rule] : 'content rules');
const show = (value: unknown) => (value === undefined ? '' : ` (found: ${JSON.stringify(value)})`);
const where = (f: Finding) => `${f.file}${f.line ? `:${f.line}` : ''}`;

/** A finding in one sentence. Editorial messages read best after the words they are about: 'title: "Smart" is not …'. */
const messageOf = (f: Finding | EditorialFinding) =>
  'rule' in f && f.value !== undefined
    ? `${f.field ? `${f.field}: ` : ''}${JSON.stringify(f.value)} ${f.message}`
    : `${f.field ? `${f.field} ` : ''}${f.message}${show(f.value)}`;

const errorsOf = (r: CheckResult) => r.findings.filter((f) => f.level === 'error');
const warningsOf = (r: CheckResult) => r.findings.filter((f) => f.level === 'warning');
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The last line of every form: passed, or how many errors stop the build. */
export function verdict(r: CheckResult, where: string, seconds: string): string {
  const warnings = count(warningsOf(r).length + r.untranslated.length, 'warning');
  const errors = errorsOf(r).length;
  return errors
    ? `${count(errors, 'error')} and ${warnings} in ${where} (${seconds} s). Fix the errors: nothing is built or published until they are gone. content/README.md explains every message.`
    : `content check passed with ${warnings} (${seconds} s)`;
}

const scheduleLine = (s: Schedule) =>
  s.status === 'draft'
    ? `is a draft: not published (publishedAt ${s.local} = ${s.utc}; set draft: false to publish)`
    : s.status === 'embargoed'
      ? `goes public ${s.local} = ${s.utc}`
      : `goes public when merged (publishedAt ${s.local} = ${s.utc} has passed)`;

/** When early access opens and for whom, after the line's own words; nothing once the release is public. */
const earlyAccessNote = ({ earlyAccess, status }: Schedule) =>
  earlyAccess && status !== 'public'
    ? `; early access ${earlyAccess.local} = ${earlyAccess.utc} for ${earlyAccess.groups.join(', ')}${status === 'draft' ? ' (no links are sent while it is a draft)' : ''}`
    : '';

export function textReport(r: CheckResult): string {
  const out: string[] = [];
  for (const f of errorsOf(r)) out.push(`error    ${where(f)}  [${ruleOf(f)}]\n         ${messageOf(f)}\n`);
  const groups = new Map<string, (Finding | EditorialFinding)[]>();
  for (const f of warningsOf(r)) groups.set(ruleOf(f), [...(groups.get(ruleOf(f)) ?? []), f]);
  for (const [name, group] of groups) {
    const rule = group.find((f): f is EditorialFinding => 'rule' in f)?.rule;
    out.push(`warning  [${name}]${rule && advice[rule] ? ` ${advice[rule]}` : ''}`);
    for (const f of group) out.push(`         ${where(f)}  ${messageOf(f)}`);
    out.push('');
  }
  if (r.untranslated.length) {
    out.push(`warning  [translations] ${r.untranslated.length} release(s) or page(s) are not in every language (✓ written, – missing).`);
    out.push('         Readers of a missing language see the English release, marked "In English".\n');
    out.push(`${coverageTable(r.coverage).replace(/^/gm, '         ')}\n`);
  }
  if (r.schedule.length) {
    out.push(r.scheduleIsChange ? 'scheduled  What this change schedules:' : 'scheduled  These releases are under embargo or drafts: nothing of them is published before the time shown.');
    for (const s of r.schedule) out.push(`         ${s.file}  ${scheduleLine(s)}${earlyAccessNote(s)}`);
    out.push('');
  }
  return out.join('\n');
}

/** Workflow commands escape %, CR and LF in the message, and also : and , in property values. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error` or `::warning` command per finding: GitHub shows each on its line of the pull request's diff. */
export function githubCommands(r: CheckResult): string {
  return [...r.findings, ...r.untranslated]
    .map((f) => {
      // A missing translation is about a folder: it is annotated on the English file, which every release has.
      const file = 'rule' in f && f.rule === 'translations' ? localeFilePath(f.file, defaultLocale) : f.file;
      const properties = [`file=${escapeProperty(file)}`, f.line && `line=${f.line}`, f.line && f.column && `col=${f.column}`, `title=${escapeProperty(ruleOf(f))}`].filter(Boolean).join(',');
      return `::${f.level} ${properties}::${escapeData(messageOf(f))}`;
    })
    .join('\n');
}

/** One array of findings, for other tools. */
export function jsonReport(r: CheckResult): string {
  const findings = [...r.findings, ...r.untranslated].map((f) => ({
    file: f.file,
    line: f.line ?? null,
    column: f.column ?? null,
    field: f.field ?? null,
    rule: 'rule' in f ? f.rule : 'content-rules',
    severity: f.level,
    message: messageOf(f),
  }));
  return JSON.stringify(findings, null, 2);
}

/** Markdown table cells: pipes and line breaks would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The step summary of a pull request's check run: every finding (linked to its line when the repository is known),
 * the translation table and what the change schedules.
 */
export function markdownSummary(r: CheckResult, verdictLine: string, link?: (file: string, line?: number) => string): string {
  const errors = errorsOf(r);
  const out = [`## Content check: ${errors.length ? '❌' : '✅'} ${verdictLine}`, ''];
  const place = (f: Finding) => {
    const label = `\`${f.file}${f.line ? `:${f.line}` : ''}\``;
    return link ? `[${label}](${link(f.file, f.line)})` : label;
  };
  for (const [title, list] of [['Errors: fix these before merging', errors], ['Warnings: advice, they never block', warningsOf(r)]] as const) {
    if (!list.length) continue;
    out.push(`### ${title}`, '', '| Where | Rule | Message |', '| --- | --- | --- |');
    for (const f of list) out.push(`| ${place(f)} | ${ruleOf(f)} | ${cell(messageOf(f))} |`);
    out.push('');
  }
  const shown = r.coverage.filter((row) => row.kind === 'release' || missingLocales(row).length);
  if (shown.length) {
    out.push('### Translations', '', 'Readers of a missing language (–) see the English text, marked "In English".', '');
    out.push(`| | ${locales.join(' | ')} |`, `| --- | ${locales.map(() => ':-:').join(' | ')} |`);
    for (const row of shown) out.push(`| ${row.kind === 'page' ? `page: ${row.name}` : row.name} | ${locales.map((l) => (row.present.has(l) ? '✓' : '–')).join(' | ')} |`);
    out.push('');
  }
  out.push(r.scheduleIsChange ? '### What this change schedules' : '### Releases not yet public', '');
  if (!r.schedule.length) out.push(r.scheduleIsChange ? 'This change adds or edits no release.' : 'None.');
  else {
    out.push('| Release | Languages | Goes public (its time zone) | In UTC | Status |', '| --- | --- | --- | --- | --- |');
    for (const s of r.schedule) {
      const status = s.status === 'draft' ? 'draft: not published' : s.status === 'embargoed' ? 'embargoed until then' : 'public when merged';
      out.push(`| \`${s.folder.replace(/^content\/releases\//, '')}\` | ${s.languages.join(', ')} | ${cell(s.local)} | ${s.utc} | ${cell(status + earlyAccessNote(s))} |`);
    }
  }
  out.push('');
  return out.join('\n');
}
