import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { ensureDebianPackage } from '../../scripts/ensure-debian-package';
import { bareRoot, buildBareSite } from './bare-site';
import { startNext } from './next-server';

/**
 * What bench:lighthouse and bench:trace share: the pages they audit (home, archive, a release and a brand page in
 * en, zh and ar, after the bare Next page built in the same run, the floor), both servers, and Debian's Chromium.
 */
export const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The origin the build was made for, read from the home page's canonical link. */
function buildOrigin(): URL {
  const html = readFileSync(path.join('.next', 'server', 'app', 'en.html'), 'utf8');
  const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  if (!canonical)
    throw new Error('No build (or no canonical link in .next/server/app/en.html): run `npm run build` first.');
  return new URL(canonical);
}

export type Target = { name: string; url: string; floor: boolean };

/**
 * Builds the bare page, starts it and the site (on the port of the build's SITE_URL, so that canonical and hreflang
 * URLs resolve to the server under test) and Chromium, and hands `work` the pages; stops everything afterwards.
 */
export async function withPages<T>(work: (targets: Target[], chromePort: number) => Promise<T>): Promise<T> {
  const origin = buildOrigin();
  if (!['localhost', '127.0.0.1'].includes(origin.hostname))
    throw new Error(
      `The build is for ${origin.origin}; build with SITE_URL=http://localhost:PORT to benchmark it here.`,
    );
  // A reader's phone has fonts for Chinese and Arabic: Android ships Noto CJK and Noto Sans Arabic, which Debian
  // packages as these two. Without them, Chromium looks for each Han or Arabic character in every font on the machine
  // (284 lookups on one load of the Arabic release page) and draws boxes where none has it.
  for (const [file, pkg] of [
    ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'fonts-noto-cjk'],
    ['/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf', 'fonts-noto-core'],
  ] as const) {
    const missing = ensureDebianPackage(file, pkg);
    if (missing) throw new Error(missing);
  }
  console.error('Building the bare Next page (the floor) ...');
  await buildBareSite();
  const port = Number(origin.port || 80);
  // Served with the build's SITE_URL, as in production: a page revalidated during the run (after 60 s) is rendered
  // again with the same canonical and hreflang URLs as the build's.
  const site = await startNext({ port, env: { SITE_URL: origin.origin } });
  const bare = await startNext({ port: port + 7, cwd: bareRoot });
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const base = `http://localhost:${port}`;
    const targets: Target[] = [{ name: 'bare Next page (floor)', url: `http://localhost:${port + 7}/`, floor: true }];
    for (const locale of ['en', 'zh', 'ar']) {
      targets.push(
        { name: `home ${locale}`, url: `${base}/${locale}`, floor: false },
        { name: `archive ${locale}`, url: `${base}/${locale}/releases`, floor: false },
        { name: `release ${locale}`, url: `${base}/${locale}/releases/first-half-2025`, floor: false },
        { name: `brand ${locale}`, url: `${base}/${locale}/about`, floor: false },
      );
    }
    // BENCH_PAGES=release (a part of the names) audits those pages only, beside the floor.
    const only = process.env.BENCH_PAGES;
    return await work(
      targets.filter((target) => target.floor || !only || target.name.includes(only)),
      chrome.port,
    );
  } finally {
    await chrome.kill();
    await bare.stop();
    await site.stop();
  }
}
