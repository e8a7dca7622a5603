// `npm run edit`: the web editor on this working copy, with no account. It builds the editor (public/admin/), then
// serves the site in development (scripts/dev.mjs); the editor's "Work with Local Repository" reads and writes
// content/ directly through the browser's File System Access API (Chrome or Edge), and the site shows each save.
import { spawnSync } from 'node:child_process';

const port = process.env.PORT ?? '3000';
// The editor's "Visit Live Site" and its sign-in address are this development server.
const env = { ...process.env, SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`, CMS_LOCAL_ONLY: '1' };
const built = spawnSync('npx', ['tsx', 'scripts/build-admin.ts'], { stdio: 'inherit', env });
if (built.status !== 0) process.exit(built.status ?? 1);

console.log(`
  The editor: http://localhost:${port}/admin  (Chrome or Edge; Firefox and Safari cannot open a local folder)
  1. Click "Work with Local Repository" and choose this folder: ${process.cwd()}
  2. Edit or create; "Save" writes straight into content/. The site at http://localhost:${port}/en shows it.
  3. Commit the files with Git (or, with GitHub sign-in on the deployed site, every save opens a pull request).
`);
await import('./dev.mjs');
