// Builds the web editor into public/admin/ (generated, not committed): the configuration from the schema
// (lib/cms/config.ts) and the facts of content/, and Sveltia CMS from npm bundled with lib/cms/admin.ts, so /admin
// loads no script, style or font from another origin. Run by `npm run build` and `npm run edit`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { cmsConfig, formatOptions, type CmsFacts } from '@/lib/cms/config';
import { env } from '@/lib/env';
import { releaseFolderPattern } from '@/lib/content/taxonomy';
import { isTimeZone } from '@/lib/content/zoned-time';

const root = process.cwd();
const content = path.join(root, 'content');
const out = path.join(root, 'public', 'admin');
const folders = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory()) : []);

/** Page folders that hold an English page, at any depth: `about`, `about/history`. */
function pagePaths(dir: string, prefix = ''): string[] {
  return folders(dir).flatMap((name) => {
    const page = prefix + name;
    const own = existsSync(path.join(dir, name, 'en.md')) ? [page] : [];
    return [...own, ...pagePaths(path.join(dir, name), `${page}/`)];
  });
}

/** `owner/name` of the GitHub repository: CMS_GITHUB_REPO, else the `origin` remote. */
function githubRepo(): string {
  if (process.env.CMS_GITHUB_REPO) return process.env.CMS_GITHUB_REPO;
  try {
    const remote = execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const match = /github\.com[:/]([^/]+\/[^/.]+?)(?:\.git)?\s*$/.exec(remote);
    if (match?.[1]) return match[1];
  } catch {
    // No git or no remote: the placeholder below, and the note.
  }
  console.warn('CMS_GITHUB_REPO is not set and origin is not on GitHub: /admin signs in to your-org/newsroom (README, "Editing in the browser").');
  return 'your-org/newsroom';
}

export function cmsFacts(): CmsFacts {
  return {
    pages: pagePaths(path.join(content, 'pages')),
    snippets: folders(path.join(content, 'snippets')),
    releaseSlugs: folders(path.join(content, 'releases')).flatMap((name) => releaseFolderPattern.exec(name)?.[2] ?? []).sort(),
    timeZones: ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC' && isTimeZone(zone))],
    repo: githubRepo(),
    branch: process.env.CMS_GITHUB_BRANCH || 'main',
    siteUrl: env.siteUrl,
  };
}

/** Syntax-highlighting grammars and themes are for code fields, which no collection has: 300 files not shipped. */
const withoutCodeHighlighting: Plugin = {
  name: 'without-code-highlighting',
  setup(builder) {
    builder.onResolve({ filter: /^@shikijs\/(langs|themes)\// }, () => ({ path: 'code-highlighting', namespace: 'unused' }));
    builder.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({ contents: 'export default [];', loader: 'js' }));
  },
};

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>smart newsroom editor</title>
<link rel="stylesheet" href="/admin/admin.css">
</head>
<body>
<script type="module" src="/admin/cms/admin.js"></script>
</body>
</html>
`;

/** Arabic and other right-to-left text typed in any field (also the Arabic name of a contact) reads the right way. */
const styles = `input, textarea, [contenteditable] { unicode-bidi: plaintext; text-align: start; }\n`;

async function main() {
  const facts = cmsFacts();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { admin: path.join(root, 'lib/cms/admin.ts'), 'auth-callback': path.join(root, 'lib/cms/auth-callback.ts') },
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    outdir: path.join(out, 'cms'),
    alias: { '@': root },
    define: { __CMS_CONFIG__: JSON.stringify(cmsConfig(facts)), __CMS_FORMAT__: JSON.stringify(formatOptions()) },
    plugins: [withoutCodeHighlighting],
    logLevel: 'warning',
    legalComments: 'linked',
  });
  // Fonts, icons and workers that Sveltia loads relative to its own module (new URL('assets/…', import.meta.url)).
  cpSync(path.join(root, 'node_modules/@sveltia/cms/npm/assets'), path.join(out, 'cms', 'assets'), {
    recursive: true,
    filter: (file) => !file.endsWith('.map'),
  });
  writeFileSync(path.join(out, 'index.html'), page);
  writeFileSync(path.join(out, 'admin.css'), styles);
  console.log(`Editor: /admin for ${facts.repo}@${facts.branch}, ${facts.pages.length} brand pages, ${facts.snippets.length} snippets.`);
}

await main();
