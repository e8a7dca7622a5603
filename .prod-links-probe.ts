import { LinkChecker } from 'linkinator';
const origin = 'http://localhost:3900';
const checker = new LinkChecker();
const t0 = Date.now();
let n = 0;
checker.on('link', (l) => { n++; if (l.state === 'BROKEN') console.log('BROKEN', l.status, l.url, l.parent); });
const r = await checker.check({ path: ['en','de','fr','es','zh','ar'].map((l) => `${origin}/${l}`), recurse: true, concurrency: 4, timeout: 60_000, checkCss: true,
  linksToSkip: async (link) => !link.startsWith(`${origin}/`) && link !== origin });
const kinds = new Map<string, number>();
for (const l of r.links) { const k = l.state + ' ' + (l.url.match(/^http:\/\/localhost:3900\/(_next\/[a-z]+|media|[a-z]{2}\/[a-z]+)/)?.[1] ?? 'other'); kinds.set(k, (kinds.get(k) ?? 0) + 1); }
console.log(n, r.links.length, (Date.now() - t0) / 1000, 's', Object.fromEntries(kinds));
