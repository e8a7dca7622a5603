import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
const urls = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const url of urls) {
    const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = r!.lhr;
    const a = lhr.audits;
    const num = (id: string) => a[id]?.numericValue?.toFixed(0);
    console.log(`\n== ${url}: perf ${Math.round((lhr.categories.performance?.score ?? 0) * 100)} FCP ${num('first-contentful-paint')} LCP ${num('largest-contentful-paint')} TBT ${num('total-blocking-time')} CLS ${a['cumulative-layout-shift']?.numericValue?.toFixed(3)} SI ${num('speed-index')}`);
    const lcpEl = (a['largest-contentful-paint-element']?.details as any)?.items?.[0]?.items?.[0]?.node;
    console.log('LCP element:', lcpEl?.nodeLabel, lcpEl?.snippet?.slice(0, 120));
    const phases = (a['largest-contentful-paint-element']?.details as any)?.items?.[1]?.items;
    if (phases) console.log('LCP phases:', phases.map((p: any) => `${p.phase} ${Math.round(p.timing)}`).join(', '));
    const boot = (a['bootup-time']?.details as any)?.items ?? [];
    console.log('bootup:', boot.slice(0, 5).map((i: any) => `${String(i.url).split('/').pop()} total ${Math.round(i.total)} script ${Math.round(i.scripting)} parse ${Math.round(i.scriptParseCompile)}`).join(' | '));
    const tasks = ((a['long-tasks']?.details as any)?.items ?? []).slice(0, 8);
    console.log('long tasks:', tasks.map((t: any) => `${String(t.url).split('/').pop()}@${Math.round(t.startTime)}:${Math.round(t.duration)}`).join(', '));
    const mt = (a['mainthread-work-breakdown']?.details as any)?.items ?? [];
    console.log('main thread:', mt.map((i: any) => `${i.groupLabel} ${Math.round(i.duration)}`).join(', '));
    console.log('DOM size:', a['dom-size']?.numericValue, 'render-blocking:', ((a['render-blocking-resources']?.details as any)?.items ?? []).map((i: any) => String(i.url).split('/').pop()).join(','));
    writeFileSync(`/tmp/lh/${url.replace(/\W+/g, '_')}.json`, JSON.stringify(lhr));
  }
} finally {
  await chrome.kill();
}
