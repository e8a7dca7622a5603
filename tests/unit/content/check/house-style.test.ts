import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanContent } from '@/lib/content/check/validate';
import { edit, fixtureRoot } from '@/tests/support/content-fixture';

describe('the content check and the house style', () => {
  it('warns, naming the line, when a valid file is written in a way the editor would rewrite', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'newsroom-style-'));
    try {
      cpSync(fixtureRoot, root, { recursive: true });
      edit(root, 'releases/2025-07-15-sample/index.en.md', /^topics: \[(\w+)\]$/m, 'topics:\n  - $1');
      edit(root, 'contacts/desk.yaml', 'region: "global"', "region: 'global'");
      const { findings } = scanContent(root);
      expect(findings.filter((f) => f.level === 'error')).toEqual([]);
      const style = findings.filter((f) => f.message.includes('house style'));
      expect(style).toEqual([
        expect.objectContaining({
          level: 'warning',
          file: 'content/contacts/desk.yaml',
          line: 5,
          message: expect.stringContaining('it writes "region: \\"global\\""'),
        }),
        expect.objectContaining({
          level: 'warning',
          file: 'content/releases/2025-07-15-sample/index.en.md',
          message: expect.stringMatching(/it writes "topics: \[\w+\]"/),
        }),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
