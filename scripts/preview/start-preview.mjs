// Starts a downloaded preview of the newsroom on this computer (the "newsroom-preview-pr-<number>" artifact of a
// pull request, put together by scripts/standalone-bundle.sh --preview). It needs Node.js 20 or newer, nothing else:
//
//   node start-preview.mjs          (on Windows: double-click start-preview.cmd)
//
// and opens http://localhost:3000/en in the browser. Ctrl+C stops it. PORT=3001 node start-preview.mjs serves on
// another port when 3000 is taken. The site is reachable from this computer only (localhost).
//
// It runs the same server as production (start.mjs with the standalone server.js) with NEWSROOM_PREVIEW=1: drafts
// and embargoed releases show with a banner, and every response says noindex. Journalist alerts (subscribing) need
// a database library built for Linux and do not work in a preview on macOS or Windows; nothing else is missing.
import cluster from 'node:cluster';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(path.dirname(fileURLToPath(import.meta.url)));
const port = process.env.PORT || '3000';
const url = `http://localhost:${port}/en`;
Object.assign(process.env, {
  NEWSROOM_PREVIEW: '1',
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: port,
  // localhost, not 127.0.0.1 (start.mjs says why); and not a HOSTNAME that the shell may have set to the computer's name.
  HOSTNAME: 'localhost',
  SITE_URL: `http://localhost:${port}`,
  // One worker is plenty for one reader, and starts fastest.
  WEB_CONCURRENCY: process.env.WEB_CONCURRENCY || '1',
});
// start.mjs runs the server file named by its first argument; its workers run this file again, with the same argument.
process.argv.splice(2, process.argv.length - 2, 'server.js');

if (cluster.isPrimary) {
  console.log('Starting the newsroom preview (drafts and embargoed releases included)...');
  cluster.once('listening', () => {
    console.log(`\nThe preview is running: open ${url}\nPress Ctrl+C in this window to stop it.\n`);
    openBrowser(url);
  });
}

/** Opens the address in the default browser; when that fails, the address printed above is enough. */
function openBrowser(address) {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [address]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', address]]
        : ['xdg-open', [address]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no browser to open: the address is printed
  }
}

await import('./start.mjs');
