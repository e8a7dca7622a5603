// Records whether a build is a preview build, and keeps the two from being confused:
//   node scripts/build-mode.mjs record   (last step of `npm run build`)
//   node scripts/build-mode.mjs check    (first step of `npm start`)
// A preview build shows drafts and embargoed releases, so starting it as production must be impossible by accident.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const marker = '.next/newsroom-build.json';
const preview = process.env.NEWSROOM_PREVIEW === '1';
// The public address the build baked into its pages (scripts/site-url.ts printed it as the build began).
const siteUrl = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/$/, '') : null;

if (process.argv[2] === 'record') {
  writeFileSync(marker, JSON.stringify({ preview, siteUrl, builtAt: new Date().toISOString() }, null, 2));
  console.log(
    preview
      ? 'Preview build: drafts and embargoed releases are visible. Serve it with `npm run preview`.'
      : 'Production build.',
  );
  console.log(
    siteUrl
      ? `Its links point to ${siteUrl} (SITE_URL).`
      : 'SITE_URL was not set: its links point to the default address (see the start of the build).',
  );
} else {
  if (!existsSync(marker)) {
    console.error('No newsroom build found. Run `npm run build` (or `npm run preview` for a preview) first.');
    process.exit(1);
  }
  const built = JSON.parse(readFileSync(marker, 'utf8'));
  if (built.preview && !preview) {
    console.error(
      'Refusing to start: this is a PREVIEW build (it shows drafts and embargoed releases).\n' +
        'Serve it as a preview with `npm run preview`, or make a production build with `npm run build`.',
    );
    process.exit(1);
  }
  if (!built.preview && preview) {
    console.error(
      'NEWSROOM_PREVIEW=1 is set, but this is a production build. Run `npm run preview` to build a preview.',
    );
    process.exit(1);
  }
  // Prerendered pages keep the build's SITE_URL; pages rendered on demand and e-mails use the server's.
  if ((built.siteUrl ?? null) !== siteUrl) {
    console.warn(
      `Warning: this build was made for SITE_URL=${built.siteUrl ?? '(not set)'}, but the server starts with ` +
        `SITE_URL=${siteUrl ?? '(not set)'}: prerendered pages would link to one and other pages to the other. ` +
        "Start with the build's SITE_URL, or build again.",
    );
  }
}
