// Builds the web editor into public/admin/ (generated, not committed): the configuration from the schema
// (lib/cms/config.ts) and the facts of content/, and Sveltia CMS from npm bundled with lib/cms/admin.ts, so /admin
// loads no script, style or font from another origin. Run by `npm run build` and `npm run edit`.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { cmsConfig } from '@/lib/cms/config';
import { houseStyle } from '@/lib/cms/format-options';
import { cmsFacts } from '@/lib/cms/facts';

const root = process.cwd();
const out = path.join(root, 'public', 'admin');
/** Syntax-highlighting grammars and themes are for code fields, which no collection has: 300 files not shipped. */
const withoutCodeHighlighting: Plugin = {
  name: 'without-code-highlighting',
  setup(builder) {
    builder.onResolve({ filter: /^@shikijs\/(langs|themes)\// }, () => ({
      path: 'code-highlighting',
      namespace: 'unused',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({ contents: 'export default [];', loader: 'js' }));
  },
};

/**
 * Sveltia's own stylesheet names its fonts on cdn.jsdelivr.net and lets the npm build add the bundled copies beside
 * them; the browser then asks the CDN first (refused by /admin's policy, and a request to another origin). The
 * three addresses are pointed at the bundled files instead; a Sveltia upgrade that changes them stops the build.
 */
function localFonts(assets: string): Plugin {
  const files = readdirSync(assets);
  return {
    name: 'local-fonts',
    setup(builder) {
      builder.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => {
        let replaced = 0;
        const contents = readFileSync(args.path, 'utf8').replace(
          /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g,
          (url, family: string, face: string) => {
            const local = files.find((file) => file.startsWith(`${family}-${face}-`) && file.endsWith('.woff2'));
            if (!local) throw new Error(`No bundled font for ${url} in ${assets}`);
            replaced++;
            return `/admin/cms/assets/${local}`;
          },
        );
        if (replaced !== 3)
          throw new Error(
            `Expected Sveltia to name 3 fonts on cdn.jsdelivr.net, found ${replaced}: check scripts/build-admin.ts`,
          );
        return { contents, loader: 'js' };
      });
    },
  };
}

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
  const facts = cmsFacts(path.join(root, 'content'));
  // Resolved as esbuild resolves it (a copy in .sites/ uses the project's node_modules).
  const assets = path.join(path.dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), 'assets');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: {
      admin: path.join(root, 'lib/cms/admin.ts'),
      'auth-callback': path.join(root, 'lib/cms/auth-callback.ts'),
    },
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    outdir: path.join(out, 'cms'),
    alias: { '@': root },
    define: { __CMS_CONFIG__: JSON.stringify(cmsConfig(facts)), __CMS_FORMAT__: JSON.stringify(houseStyle) },
    plugins: [withoutCodeHighlighting, localFonts(assets)],
    logLevel: 'warning',
    legalComments: 'linked',
  });
  // Fonts, icons and workers that Sveltia loads relative to its own module (new URL('assets/…', import.meta.url)).
  cpSync(assets, path.join(out, 'cms', 'assets'), {
    recursive: true,
    filter: (file) => !file.endsWith('.map'),
  });
  writeFileSync(path.join(out, 'index.html'), page);
  writeFileSync(path.join(out, 'admin.css'), styles);
  console.log(
    `Editor: /admin for ${facts.repo}@${facts.branch}, ${facts.pages.length} brand pages, ${facts.snippets.length} snippets.`,
  );
}

await main();
