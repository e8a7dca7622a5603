// `npm run dev`: contentlayer2 watches content/ and regenerates data while next dev serves the site.
// (Next 16 builds with Turbopack, where the contentlayer plugin does not run, so the two run side by side.)
import { spawn } from 'node:child_process';

const run = (command, args) => spawn(command, args, { stdio: 'inherit', shell: false });
const children = [run('npx', ['contentlayer2', 'dev']), run('npx', ['next', 'dev', ...process.argv.slice(2)])];

const stop = (code) => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code ?? 0);
};
for (const child of children) child.on('exit', (code) => stop(code));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
