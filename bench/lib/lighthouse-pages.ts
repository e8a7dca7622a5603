import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { ensureDebianPackage } from '../../scripts/ensure-debian-package';
import { bareRoot, buildBareSite } from './bare-site';
import { captureContent } from './content-floor';
import { startNext } from './next-server';

/**
 * What bench:lighthouse and bench:trace share: the pages they audit (home, archive, a release and a brand page in
 * en, zh and ar, after the bare Next page built in the same run, the floor), each page's content floor (the bare page
 * rendering that page's elements and text, bench/lib/content-floor.ts), both servers, and Debian's Chromium.
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

/** The floor; a page's content floor and its styled variant (audited in the same rounds as the page); or a page. */
export type Target = {
  name: string;
  url: string;
  kind: 'floor' | 'content' | 'styled' | 'page';
  /** The page this target stands for (empty for the floor), and the number of elements in its content. */
  page: string;
  elements: number;
};

/**
 * Starts the site (on the port of the build's SITE_URL, so that canonical and hreflang URLs resolve to the server
 * under test), takes the pages' content from it, builds and starts the bare page with those content floors, starts
 * Chromium, and hands `work` the pages; stops everything afterwards.
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
  const port = Number(origin.port || 80);
  const base = `http://localhost:${port}`;
  const pages: { name: string; slug: string; url: string }[] = [];
  for (const locale of ['en', 'zh', 'ar']) {
    for (const [type, route] of [
      ['home', ''],
      ['archive', '/releases'],
      ['release', '/releases/first-half-2025'],
      ['brand', '/about'],
    ] as const)
      pages.push({ name: `${type} ${locale}`, slug: `${type}-${locale}`, url: `${base}/${locale}${route}` });
  }
  // BENCH_PAGES=release (a part of the names) audits those pages only, beside the floor.
  const only = process.env.BENCH_PAGES;
  const chosen = pages.filter((page) => !only || page.name.includes(only));
  // Served with the build's SITE_URL, as in production: a page revalidated during the run (after 60 s) is rendered
  // again with the same canonical and hreflang URLs as the build's.
  const site = await startNext({ port, env: { SITE_URL: origin.origin } });
  const stops = [site.stop];
  try {
    console.error("Taking the pages' content, building the bare Next page (the floor) and the content floors ...");
    const contents = await captureContent(Object.fromEntries(chosen.map((page) => [page.slug, page.url])), chromePath);
    await buildBareSite(contents);
    const bare = await startNext({ port: port + 7, cwd: bareRoot });
    stops.unshift(bare.stop);
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    stops.unshift(async () => chrome.kill());
    const bareBase = `http://localhost:${port + 7}`;
    const targets: Target[] = [
      { name: 'bare Next page (floor)', url: `${bareBase}/`, kind: 'floor', page: '', elements: 0 },
    ];
    for (const page of chosen) {
      const { elements } = contents[page.slug] ?? { elements: 0 };
      targets.push(
        {
          name: `content floor: ${page.name}`,
          url: `${bareBase}/content/${page.slug}`,
          kind: 'content',
          page: page.name,
          elements,
        },
        {
          name: `+ our CSS and fonts: ${page.name}`,
          url: `${bareBase}/styled/${page.slug}`,
          kind: 'styled',
          page: page.name,
          elements,
        },
        { name: page.name, url: page.url, kind: 'page', page: page.name, elements },
      );
    }
    return await work(targets, chrome.port);
  } finally {
    for (const stop of stops) await stop();
  }
}
