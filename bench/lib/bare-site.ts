import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../scripts/site-copy';
import type { Content } from './content-floor';
import { runMeasured, type Measured } from './measure';

/**
 * The floor the benchmarks compare with: a bare Next App Router page (a layout and an <h1>), built in the same
 * run with the same Next version, in .sites/bench-bare inside the project so that it resolves the project's
 * node_modules.
 *
 * With `contents` (bench/lib/content-floor.ts), it also serves two floors for each of our pages, NAME:
 * - /content/NAME, the content floor: the page's elements and text rendered as React elements, in the bare layout;
 * - /styled/NAME, the same elements with their classes, under our stylesheet and fonts (copied from the site into
 *   public/ours/ at the same paths) and the page's <html> and <body> attributes, in a root layout of its own.
 * Neither has anything else of ours: no client components, no scripts, no head beyond the title.
 */
export const bareRoot = path.join(projectRoot, '.sites', 'bench-bare');

const contentPage = (styled: boolean) => `import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';

const dir = path.join(process.cwd(), 'content');
export const dynamicParams = false;
export function generateStaticParams() {
  return readdirSync(dir).map((file) => ({ name: file.replace(/\\.json$/, '') }));
}
const render = (node) => {
  if (typeof node === 'string') return node;
  const [tag, { className, ...props }, children] = node;
  return createElement(tag, ${styled ? '{ className, ...props }' : 'props'}, ...children.map(render));
};
export default async function Page({ params }) {
  const { name } = await params;
  return JSON.parse(readFileSync(path.join(dir, \`\${name}.json\`), 'utf8')).nodes.map(render);
}
`;

const styledLayout = `import { readFileSync } from 'node:fs';
import path from 'node:path';

export const metadata = { title: 'Bare, styled', description: 'A page of ours as elements and styles only.' };
export default async function Layout({ children, params }) {
  const { name } = await params;
  const { html, body, stylesheets, fonts } = JSON.parse(
    readFileSync(path.join(process.cwd(), 'content', \`\${name}.json\`), 'utf8'),
  );
  return (
    <html {...html} data-js="">
      <head>
        {fonts.map((href) => <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="" />)}
        {stylesheets.map((href) => <link key={href} rel="stylesheet" href={href} precedence="default" />)}
      </head>
      <body {...body}>{children}</body>
    </html>
  );
}
`;

export async function buildBareSite(contents: Record<string, Content> = {}): Promise<Measured> {
  rmSync(bareRoot, { recursive: true, force: true });
  const files: Record<string, string | Uint8Array> = {
    'package.json': `${JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2)}\n`,
    'next.config.mjs': 'export default { poweredByHeader: false };\n',
    'app/(bare)/layout.js':
      "export const metadata = { title: 'Bare', description: 'A bare Next page, the floor of the benchmarks.' };\n" +
      'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
    'app/(bare)/page.js': 'export default function Page() {\n  return <main><h1>Bare page</h1></main>;\n}\n',
  };
  if (Object.keys(contents).length > 0) {
    files['app/(bare)/content/[name]/page.js'] = contentPage(false);
    files['app/(styled)/styled/[name]/layout.js'] = styledLayout;
    files['app/(styled)/styled/[name]/page.js'] = contentPage(true);
    for (const [name, { assets, ...content }] of Object.entries(contents)) {
      files[`content/${name}.json`] = JSON.stringify(content);
      for (const [file, bytes] of Object.entries(assets)) files[`public${file}`] = bytes;
    }
  }
  for (const [file, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(bareRoot, file)), { recursive: true });
    writeFileSync(path.join(bareRoot, file), data);
  }
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
