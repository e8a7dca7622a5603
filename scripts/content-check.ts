import path from 'node:path';
import { checkEditorial, type EditorialFinding, type EditorialRule } from '@/lib/content/editorial';
import { coverageTable, translationCoverage } from '@/lib/content/translation-coverage';
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
const heading = (f: Finding | EditorialFinding) => ('rule' in f ? headings[f.rule] : 'content rules');
const show = (value: unknown) => (value === undefined ? '' : ` (found: ${JSON.stringify(value)})`);
const where = (f: Finding) => `${f.file}${f.line ? `:${f.line}` : ''}`;

// Translations are summed up in one table below instead of one message per release.
const findings = [...scan.findings, ...editorial.filter((f) => f.rule !== 'translations')].sort(
  (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
);
const annotate = process.env.GITHUB_ACTIONS === 'true';
for (const f of findings) {
  const text = `${f.field ? `${f.field} ` : ''}${f.message}${show(f.value)}`;
  console.log(`${f.level === 'error' ? 'error  ' : 'warning'}  ${where(f)}  [${heading(f)}]\n         ${text}`);
  if (annotate) console.log(`::${f.level} file=${f.file}${f.line ? `,line=${f.line}` : ''}::${text.replace(/\n/g, ' ')}`);
}

const untranslated = editorial.filter((f) => f.rule === 'translations');
if (untranslated.length) {
  console.log(`\nwarning  ${untranslated.length} release(s) or page(s) are not in every language (✓ written, – missing).`);
  console.log('         Readers of a missing language see the English release, marked "In English".\n');
  console.log(coverageTable(translationCoverage(scan.sources)).replace(/^/gm, '         '));
}

const errors = [...findings].filter((f) => f.level === 'error').length;
const warnings = findings.length - errors + untranslated.length;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const dir = path.relative(process.cwd(), root) || '.';
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  errors
    ? `\n${count(errors, 'error')} and ${count(warnings, 'warning')} in ${dir} (${seconds} s). Fix the errors; nothing was built. content/README.md explains every rule.`
    : `\ncontent check passed with ${count(warnings, 'warning')} (${seconds} s)`,
);
process.exit(errors ? 1 : 0);
