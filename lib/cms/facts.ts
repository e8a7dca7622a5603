import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { pageFileName } from '@/lib/content/file-names';
import { releaseFolderPattern } from '@/lib/content/taxonomy';
import { isTimeZone } from '@/lib/content/zoned-time';
import type { CmsFacts } from './config';

/** What the editor's configuration needs to know about content/ and the environment (scripts/build-admin.ts). */
const folders = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory()) : [];

/** Page folders that hold an English page, at any depth: `about`, `about/history`. */
function pagePaths(dir: string, prefix = ''): string[] {
  return folders(dir).flatMap((name) => {
    const page = prefix + name;
    const own = existsSync(path.join(dir, name, pageFileName('en'))) ? [page] : [];
    return [...own, ...pagePaths(path.join(dir, name), `${page}/`)];
  });
}

/** `owner/name` of the GitHub repository: CMS_GITHUB_REPO, else the `origin` remote. */
function githubRepo(): string {
  if (process.env.CMS_GITHUB_REPO) return process.env.CMS_GITHUB_REPO;
  try {
    const remote = execFileSync('git', ['remote', 'get-url', 'origin'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const match = /github\.com[:/]([^/]+\/[^/.]+?)(?:\.git)?\s*$/.exec(remote);
    if (match?.[1]) return match[1];
  } catch {
    // No git or no remote: the placeholder below, and the note.
  }
  if (process.env.CMS_LOCAL_ONLY !== '1')
    console.warn(
      'CMS_GITHUB_REPO is not set and origin is not on GitHub: /admin signs in to your-org/newsroom (docs/authoring.md, "Editing in the browser").',
    );
  return 'your-org/newsroom';
}

export function cmsFacts(content: string): CmsFacts {
  return {
    pages: pagePaths(path.join(content, 'pages')),
    snippets: folders(path.join(content, 'snippets')),
    releaseSlugs: folders(path.join(content, 'releases'))
      .flatMap((name) => releaseFolderPattern.exec(name)?.[2] ?? [])
      .sort(),
    timeZones: ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC' && isTimeZone(zone))],
    repo: githubRepo(),
    branch: process.env.CMS_GITHUB_BRANCH || 'main',
    siteUrl: env.siteUrl,
  };
}
