// `npm run dev`: contentlayer2 watches content/ and regenerates data while next dev serves the site.
// (Next 16 builds with Turbopack, where the contentlayer plugin does not run, so the two run side by side.)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';

const run = (command, args) => spawn(command, args, { stdio: 'inherit', shell: false });
// A build's `_meta.json` files would hide what contentlayer2 dev writes (lib/content/load.ts reads them first).
const generated = '.contentlayer/generated';
for (const type of existsSync(generated) ? readdirSync(generated) : []) rmSync(`${generated}/${type}/_meta.json`, { force: true });
const children = [run('npx', ['contentlayer2', 'dev']), run('npx', ['next', 'dev', ...process.argv.slice(2)])];

const stop = (code) => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code ?? 0);
};
for (const child of children) child.on('exit', (code) => stop(code));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
