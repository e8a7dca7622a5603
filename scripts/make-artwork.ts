import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parseMarkdownSource } from '@/lib/content/frontmatter';
import { releaseFrontmatter } from '@/lib/content/schema';
import { makeFactSheets } from './make-fact-sheets';

/**
 * `npm run make:artwork`: we have no photographs, so every image a release names but does not have is drawn here:
 * a brand-coloured composition with the release's subject, as a full-size JPEG original (3000×2000 for the hero,
 * 2400×1600 for gallery images) so that the image pipeline is exercised as with real photos. PDF attachments
 * (fact sheets) are drawn by make-fact-sheets.ts in the same run. Existing files are never overwritten.
 */
const root = path.resolve(process.argv[2] ?? 'content', 'releases');

const palettes = [
  ['#0b0d12', '#1f3a5f', '#7fd1c7'],
  ['#0d0b12', '#4b2a6b', '#f2b84b'],
  ['#0a1210', '#1d4d44', '#c6f05a'],
  ['#120b0b', '#5f1f2a', '#ff8a5b'],
] as const;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if ((current + ' ' + word).trim().length > width && current) {
      lines.push(current);
      current = word;
    } else current = (current + ' ' + word).trim();
  }
  return current ? [...lines, current] : lines;
}

function artwork(width: number, height: number, title: string, label: string, seed: number): Buffer {
  const [bg, mid, accent] = palettes[seed % palettes.length] ?? palettes[0];
  const size = Math.round(width / 26);
  const lines = wrap(title, 30).slice(0, 4);
  const text = lines
    .map((line, i) => `<text x="${width * 0.08}" y="${height * 0.52 + i * size * 1.25}" font-size="${size}" font-weight="700">${escapeXml(line)}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${bg}"/><stop offset="1" stop-color="${mid}"/></linearGradient>
    <radialGradient id="r" cx="0.8" cy="0.25" r="0.6"><stop offset="0" stop-color="${accent}" stop-opacity="0.55"/><stop offset="1" stop-color="${accent}" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <rect width="100%" height="100%" fill="url(#r)"/>
  <circle cx="${width * 0.78}" cy="${height * 0.3}" r="${height * 0.22}" fill="none" stroke="${accent}" stroke-width="${width / 200}" opacity="0.8"/>
  <path d="M0 ${height * 0.86} C ${width * 0.3} ${height * 0.78}, ${width * 0.6} ${height * 0.95}, ${width} ${height * 0.82} L ${width} ${height} L 0 ${height} Z" fill="${accent}" opacity="0.18"/>
  <g font-family="DejaVu Sans, Liberation Sans, sans-serif" fill="#ffffff">
    <text x="${width * 0.08}" y="${height * 0.16}" font-size="${size * 1.6}" font-weight="700" letter-spacing="2">smart</text>
    <text x="${width * 0.08}" y="${height * 0.4}" font-size="${size * 0.6}" fill="${accent}" letter-spacing="4">${escapeXml(label.toUpperCase())}</text>
    ${text}
  </g>
</svg>`;
  return Buffer.from(svg);
}

let made = 0;
const folders = existsSync(root) ? readdirSync(root).sort() : [];
for (const [index, folder] of folders.entries()) {
  const english = path.join(root, folder, 'en.md');
  if (!existsSync(english)) continue;
  const parsed = releaseFrontmatter.safeParse(parseMarkdownSource(readFileSync(english, 'utf8')).data);
  if (!parsed.success) {
    console.warn(`skipped ${folder}: en.md does not pass the schema (run npm run content:check)`);
    continue;
  }
  const release = parsed.data;
  const images = [
    { file: release.hero.file, width: 3000, height: 2000, label: release.location },
    ...release.gallery.map((image) => ({ file: image.file, width: 2400, height: 1600, label: image.caption.slice(0, 40) })),
  ];
  for (const [i, image] of images.entries()) {
    const target = path.join(root, folder, image.file);
    if (existsSync(target)) continue;
    await sharp(artwork(image.width, image.height, release.title, image.label, index + i))
      .jpeg({ quality: 86, mozjpeg: true })
      .withMetadata({ density: 300 })
      .toFile(target);
    made++;
    console.log(`drew ${path.relative(process.cwd(), target)} (${image.width}×${image.height})`);
  }
}
console.log(made ? `${made} image(s) drawn` : 'every image exists; nothing to draw');
const sheets = await makeFactSheets(path.resolve(process.argv[2] ?? 'content'));
console.log(sheets ? `${sheets} fact sheet(s) drawn` : 'every attachment exists; nothing to draw');
