import type { KnipConfig } from 'knip';

/**
 * `npm run knip`: unused files, exports, types and dependencies. Knip's Next, Vitest, Playwright, ESLint, Prettier,
 * Tailwind and PostCSS plugins find the app router and pages/api files, proxy.ts, next.config.ts, the tests and the
 * tool configs by themselves, and package.json's scripts name every script and benchmark run on its own (so the
 * modules of scripts/ that other scripts, tests or benchmarks import stay checked); the entries are the rest.
 */
const config: KnipConfig = {
  entry: [
    // contentlayer2 reads it by name when scripts/content-build.mjs runs its build.
    'contentlayer.config.ts',
    // The web editor's two pages, bundled by scripts/build-admin.ts with esbuild from these paths.
    'lib/cms/admin.ts',
    'lib/cms/auth-callback.ts',
    // vitest.config.ts aliases `server-only` to it by path.
    'tests/support/server-only-stub.ts',
    // One sender run of bench:alerts, started by bench/alerts.ts as a process of its own, by path.
    'bench/lib/alerts-run.ts',
  ],
  project: ['**/*.{ts,tsx,mjs,css}'],
  // Copied into the preview bundle by scripts/standalone-bundle.sh and started there by hand, beside the start.mjs it
  // imports: its imports resolve only in the bundle.
  ignore: ['scripts/preview/start-preview.mjs'],
  ignoreDependencies: [
    // Copied from node_modules into the preview bundle by scripts/standalone-bundle.sh (sharp's WebAssembly build
    // for macOS and Windows); nothing imports it here.
    '@img/sharp-wasm32',
    // Loaded with createRequire() by tests (the Nu HTML checker's jar path, an independent vCard parser).
    'vnu-jar',
    'vcf',
  ],
  // System tools that scripts/ensure-debian-package.sh installs from Debian: wrk for bench:serve, java
  // (default-jre-headless) for the Nu HTML checker in tests/e2e/html.spec.ts, exiftool (libimage-exiftool-perl)
  // for the embedded rights in tests/support/exiftool.ts, ffprobe (ffmpeg) for the sample b-roll's test.
  ignoreBinaries: ['wrk', 'java', 'exiftool', 'ffprobe'],
};

export default config;
