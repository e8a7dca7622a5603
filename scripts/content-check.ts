import path from 'node:path';
import { checkEditorial, type EditorialFinding, type EditorialRule } from '@/lib/content/editorial';
import { coverageTable, translationCoverage } from '@/lib/content/translation-coverage';
import { scheduledReleases } from '@/lib/content/schedule';
import { scanContent, type Finding } from '@/lib/content/validate';

/**
 * `npm run content:check [dir]`: the content contract and the editorial checks, in plain language, with file and
 * line. Exit status 1 when there is an error (CI fails, nothing is built); warnings are advice and never fail.
 */
const root = path.resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content');
const started = performance.now();
const scan = scanContent(root);
const editorial = await checkEditorial(scan, root);

const headings: Record<EditorialRule, string> = {
  'brand-style': 'brand style',
  'raw-html': 'HTML in Markdown',
  link: 'link',
  'alt-text': 'alt text',
  'image-size': 'image size',
  'image-weight': 'image weight',
  'summary-length': 'length',
  placeholder: 'unfinished text',
  translations: 'translations',
};
/** What to do about a kind of warning, said once above its list. */
const advice: Partial<Record<EditorialRule, string>> = {
  'summary-length': 'search engines show about 160 characters, so the end is cut off. Shorten it, or make sure the first 160 characters say what matters.',
  'image-weight': 'journalists download the original file; export it again as a JPEG of about 4000 pixels on the long side, quality 85.',
  placeholder: 'a draft may keep its TODO marks; replace them before it is published.',
};
const heading = (f: Finding | EditorialFinding) => ('rule' in f ? headings[f.rule] : 'content rules');
const show = (value: unknown) => (value === undefined ? '' : ` (found: ${JSON.stringify(value)})`);
const where = (f: Finding) => `${f.file}${f.line ? `:${f.line}` : ''}`;
// Editorial messages read best after the words they are about: 'title: "Smart" is not in the house style …'.
const text = (f: Finding | EditorialFinding) =>
  'rule' in f && f.value !== undefined
    ? `${f.field ? `${f.field}: ` : ''}${JSON.stringify(f.value)} ${f.message}`
    : `${f.field ? `${f.field} ` : ''}${f.message}${show(f.value)}`;
const byPlace = (a: Finding, b: Finding) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

// Translations are summed up in one table at the end instead of one message per release.
const findings = [...scan.findings, ...editorial.filter((f) => f.rule !== 'translations')].sort(byPlace);
const errors = findings.filter((f) => f.level === 'error');
const warnings = findings.filter((f) => f.level === 'warning');
const untranslated = editorial.filter((f) => f.rule === 'translations');

for (const f of errors) console.log(`error    ${where(f)}  [${heading(f)}]\n         ${text(f)}\n`);
const groups = new Map<string, Finding[]>();
for (const f of warnings) groups.set(heading(f), [...(groups.get(heading(f)) ?? []), f]);
for (const [name, group] of groups) {
  const rule = group.find((f): f is EditorialFinding => 'rule' in f)?.rule;
  console.log(`warning  [${name}]${rule && advice[rule] ? ` ${advice[rule]}` : ''}`);
  for (const f of group) console.log(`         ${where(f)}  ${text(f)}`);
  console.log('');
}
if (untranslated.length) {
  console.log(`warning  [translations] ${untranslated.length} release(s) or page(s) are not in every language (✓ written, – missing).`);
  console.log('         Readers of a missing language see the English release, marked "In English".\n');
  console.log(`${coverageTable(translationCoverage(scan.sources)).replace(/^/gm, '         ')}\n`);
}
const scheduled = scheduledReleases(scan.sources);
if (scheduled.length) {
  console.log('scheduled  These releases are under embargo: nothing of them is published before the time shown.');
  for (const s of scheduled) console.log(`         ${s.file}  goes public ${s.local} = ${s.utc}${s.draft ? ' (still a draft: set draft: false to publish)' : ''}`);
  console.log('');
}
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const f of findings) console.log(`::${f.level} file=${f.file}${f.line ? `,line=${f.line}` : ''}::${text(f)}`);
}

const seconds = ((performance.now() - started) / 1000).toFixed(2);
const dir = path.relative(process.cwd(), root) || '.';
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const warningCount = count(warnings.length + untranslated.length, 'warning');
console.log(
  errors.length
    ? `${count(errors.length, 'error')} and ${warningCount} in ${dir} (${seconds} s). Fix the errors: nothing is built or published until they are gone. content/README.md explains every message.`
    : `content check passed with ${warningCount} (${seconds} s)`,
);
process.exit(errors.length ? 1 : 0);
