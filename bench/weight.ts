/**
 * `npm run bench:weight`: first-load JavaScript (gzip -9 of every script the HTML references) and HTML bytes of
 * each page type of the current build, against a bare Next page built in the same run.
 * Budget: release and brand pages at most floor + 20 KB of JavaScript. Needs `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bareRoot, buildBareSite } from './lib/bare-site';
import { kilobytes, table } from './lib/measure';

const budgetBytes = 20 * 1024;

type Weight = { scripts: number; jsGzip: number; html: number; htmlGzip: number };

/** Weighs a prerendered HTML file of a build: the scripts are read from that build's .next/static. */
export function weigh(root: string, htmlFile: string): Weight {
  const html = readFileSync(path.join(root, '.next', 'server', 'app', htmlFile));
  const sources = new Set([...html.toString().matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? ''));
  let jsGzip = 0;
  for (const src of sources) {
    const file = path.join(root, '.next', decodeURIComponent(src.replace(/^\/_next\//, '').split('?')[0] ?? ''));
    if (!src.startsWith('/_next/') || !existsSync(file))
      throw new Error(`${htmlFile} references ${src}, which the build does not contain`);
    jsGzip += gzipSync(readFileSync(file), { level: 9 }).byteLength;
  }
  return { scripts: sources.size, jsGzip, html: html.byteLength, htmlGzip: gzipSync(html, { level: 9 }).byteLength };
}

const pages: [string, string, boolean][] = [
  ['home', 'en.html', false],
  ['archive', 'en/releases.html', false],
  ['release', 'en/releases/first-half-2025.html', true],
  ['release (ar)', 'ar/releases/first-half-2025.html', true],
  ['brand', 'en/about.html', true],
  ['brand (zh)', 'zh/about/history.html', true],
  ['contacts', 'en/contacts.html', false],
  ['404', 'en/404.html', false],
];

async function main() {
  const site = process.cwd();
  if (!existsSync(path.join(site, '.next', 'BUILD_ID'))) throw new Error('No build: run `npm run build` first.');
  console.error('Building the bare Next page (the floor) ...');
  await buildBareSite();
  const floor = weigh(bareRoot, 'index.html');
  const rows = [
    [
      'bare Next page (floor)',
      String(floor.scripts),
      kilobytes(floor.jsGzip),
      '',
      kilobytes(floor.html),
      kilobytes(floor.htmlGzip),
      '',
    ],
  ];
  let failed = 0;
  for (const [name, file, budgeted] of pages) {
    const w = weigh(site, file);
    const over = w.jsGzip - floor.jsGzip;
    const verdict = budgeted ? (over <= budgetBytes ? 'ok (≤ +20 KB)' : 'OVER (> +20 KB)') : '';
    if (budgeted && over > budgetBytes) failed++;
    rows.push([
      name,
      String(w.scripts),
      kilobytes(w.jsGzip),
      `${over >= 0 ? '+' : ''}${kilobytes(over)}`,
      kilobytes(w.html),
      kilobytes(w.htmlGzip),
      verdict,
    ]);
  }
  console.log(
    `\nbench:weight ${new Date().toISOString().slice(0, 10)}: first-load JavaScript (gzip -9 of every referenced script) and HTML\n`,
  );
  console.log(table(['page', 'scripts', 'JS gzip', 'vs floor', 'HTML', 'HTML gzip', 'budget'], rows));
  console.log(
    `\nBudget: release and brand pages at most floor + 20 KB: ${failed === 0 ? 'met' : `${failed} page(s) over`}.`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
}

void main();
