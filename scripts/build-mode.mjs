// Records whether a build is a preview build, and keeps the two from being confused:
//   node scripts/build-mode.mjs record   (last step of `npm run build`)
//   node scripts/build-mode.mjs check    (first step of `npm start`)
// A preview build shows drafts and embargoed releases, so starting it as production must be impossible by accident.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const marker = '.next/newsroom-build.json';
const preview = process.env.NEWSROOM_PREVIEW === '1';

if (process.argv[2] === 'record') {
  writeFileSync(marker, JSON.stringify({ preview, builtAt: new Date().toISOString() }, null, 2));
  console.log(preview ? 'Preview build: drafts and embargoed releases are visible. Serve it with `npm run preview`.' : 'Production build.');
} else {
  if (!existsSync(marker)) {
    console.error('No newsroom build found. Run `npm run build` (or `npm run preview` for a preview) first.');
    process.exit(1);
  }
  const built = JSON.parse(readFileSync(marker, 'utf8'));
  if (built.preview && !preview) {
    console.error('Refusing to start: this is a PREVIEW build (it shows drafts and embargoed releases).\n' +
      'Serve it as a preview with `npm run preview`, or make a production build with `npm run build`.');
    process.exit(1);
  }
  if (!built.preview && preview) {
    console.error('NEWSROOM_PREVIEW=1 is set, but this is a production build. Run `npm run preview` to build a preview.');
    process.exit(1);
  }
}
