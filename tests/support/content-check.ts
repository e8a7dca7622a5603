import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkEditorial, type EditorialFinding } from '@/lib/content/check/editorial';
import { scanContent, type Finding } from '@/lib/content/check/validate';
import { fixtureRoot } from './content-fixture';

/** Everything the content check reports (schema and editorial) for a content folder. */
export async function checkFolder(root: string): Promise<(Finding | EditorialFinding)[]> {
  const scan = scanContent(root);
  return [...scan.findings, ...(await checkEditorial(scan, root))];
}

/** Like errorsAfter, with warnings too: copies the valid fixture, lets a test change it, and runs every check. */
export async function findingsAfter(change: (root: string) => void) {
  const root = mkdtempSync(path.join(tmpdir(), 'newsroom-editorial-'));
  try {
    cpSync(fixtureRoot, root, { recursive: true });
    change(root);
    const findings = await checkFolder(root);
    return {
      errors: findings.filter((f) => f.level === 'error'),
      // Every fixture release lacks translations; tests about translations look at them on purpose.
      warnings: findings.filter((f) => f.level === 'warning' && !('rule' in f && f.rule === 'translations')),
      translations: findings.filter((f) => 'rule' in f && f.rule === 'translations'),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
