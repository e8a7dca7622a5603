import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * A separate copy of the newsroom with a content folder of its own, for builds that must not touch the main one
 * (the e2e fixture sites in tests/support/fixture-site.ts, `npm run bench:scale`).
 *
 * The copy lives in .sites/<name> inside the project and has no lockfile or node_modules of its own, so Node and
 * Turbopack resolve packages from the project's node_modules (a copy outside the project would be a separate
 * workspace that Turbopack refuses to compile against).
 */
export const projectRoot = path.resolve(import.meta.dirname, '..');
const skipped = new Set([
  'node_modules',
  '.next',
  '.contentlayer',
  '.git',
  '.sites',
  'test-results',
  'playwright-report',
  'package-lock.json',
  'content',
  'data',
]);

/**
 * Copies the project (without content and build output) to .sites/<name> and copies `content` there as its
 * content/ folder; without `content`, the caller writes .sites/<name>/content itself (the scale benchmark generates
 * its tens of thousands of files there: a link to a folder outside the project is refused by Turbopack, whose
 * Tailwind scan follows it).
 */
export function copySite(name: string, content?: string): string {
  const root = path.join(projectRoot, '.sites', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of readdirSync(projectRoot)) {
    if (!skipped.has(entry)) cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  if (content) cpSync(content, path.join(root, 'content'), { recursive: true });
  // The main site's search index describes the main content: never serve it from a copy.
  rmSync(path.join(root, 'public', 'pagefind'), { recursive: true, force: true });
  return root;
}
