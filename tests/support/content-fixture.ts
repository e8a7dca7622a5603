import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanContent } from '@/lib/content/check/validate';

export const fixtureRoot = path.resolve(import.meta.dirname, '../fixtures/content');
export const sampleRelease = 'releases/2025-07-15-sample/index.en.md';

/** Copies the valid fixture content, lets a test change it, and returns what the content check read and found. */
export function scanAfter(change: (root: string) => void) {
  const root = mkdtempSync(path.join(tmpdir(), 'newsroom-content-'));
  try {
    cpSync(fixtureRoot, root, { recursive: true });
    change(root);
    return scanContent(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Copies the valid fixture content, lets a test break it, and returns the content check's errors. */
export const errorsAfter = (change: (root: string) => void) =>
  scanAfter(change).findings.filter((f) => f.level === 'error');

/** The sample release opened to `groups` from `from` (its embargo: 15 July 2025, 10:00 in Shanghai). */
export function withEarlyAccess(
  root: string,
  from: string,
  groups = '[china-auto-press, business-press]',
  file = sampleRelease,
) {
  edit(
    root,
    file,
    'timeZone: "Asia/Shanghai"\n',
    `timeZone: "Asia/Shanghai"\nearlyAccess:\n  groups: ${groups}\n  from: "${from}"\n`,
  );
}

/** Replaces text in a fixture file (the test fails loudly if the text is not there). */
export function edit(root: string, file: string, from: string | RegExp, to: string) {
  const target = path.join(root, file);
  const before = readFileSync(target, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture ${file} does not contain ${String(from)}`);
  writeFileSync(target, after);
}
