import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every Markdown file under a folder of the content (releases, pages, snippets), at any depth. */
export function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? markdownFiles(full) : full.endsWith('.md') ? [full] : [];
  });
}
