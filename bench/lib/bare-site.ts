import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../scripts/site-copy';
import { runMeasured, type Measured } from './measure';

/**
 * The floor the benchmarks compare with: a bare Next App Router page (a layout and an <h1>), built in the same
 * run with the same Next version, in .sites/bench-bare inside the project so that it resolves the project's
 * node_modules.
 */
export const bareRoot = path.join(projectRoot, '.sites', 'bench-bare');

export async function buildBareSite(): Promise<Measured> {
  rmSync(bareRoot, { recursive: true, force: true });
  mkdirSync(path.join(bareRoot, 'app'), { recursive: true });
  writeFileSync(
    path.join(bareRoot, 'package.json'),
    `${JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(path.join(bareRoot, 'next.config.mjs'), 'export default { poweredByHeader: false };\n');
  writeFileSync(
    path.join(bareRoot, 'app', 'layout.js'),
    "export const metadata = { title: 'Bare', description: 'A bare Next page, the floor of the benchmarks.' };\n" +
      'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(
    path.join(bareRoot, 'app', 'page.js'),
    'export default function Page() {\n  return <main><h1>Bare page</h1></main>;\n}\n',
  );
  const build = await runMeasured(
    process.execPath,
    [path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
    {
      cwd: bareRoot,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  if (build.code !== 0) throw new Error(`The bare Next page did not build:\n${build.output.slice(-4000)}`);
  return build;
}
