import path from 'node:path';
import { scanContent, type Finding } from '@/lib/content/validate';

/** `npm run content:check [dir]`: the content contract in plain language. Exit status 1 when anything is wrong. */
const root = path.resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content');
const started = performance.now();
const { findings } = scanContent(root);

const show = (value: unknown) => (value === undefined ? '' : ` (found: ${JSON.stringify(value)})`);
const line = (f: Finding) => `${f.file}${f.line ? `:${f.line}` : ''}`;

for (const f of findings) {
  const label = f.level === 'error' ? 'error' : 'warning';
  console.log(`${label}  ${line(f)}\n       ${f.field ? `${f.field} ` : ''}${f.message}${show(f.value)}`);
}
const errors = findings.filter((f) => f.level === 'error').length;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(errors ? `\n${errors} error(s) in ${path.relative(process.cwd(), root) || '.'} (${seconds} s). Nothing was built.` : `content check passed (${seconds} s)`);
process.exit(errors ? 1 : 0);
