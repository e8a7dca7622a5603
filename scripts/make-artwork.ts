import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { releaseFileName } from '@/lib/content/file-names';
import { parseMarkdownSource } from '@/lib/content/frontmatter';
import { releaseFrontmatter } from '@/lib/content/schema';
import { artworkMarker, artworkSpec, artworkSvg } from './artwork';
import { describeArtwork } from './artwork-description';
import { makeFactSheets } from './make-fact-sheets';

/**
 * `npm run make:artwork`: we have no photographs, so every image a release names but does not have is drawn here
 * (scripts/artwork.ts: abstract shapes, no words, one file for all six languages) as a full-size JPEG original
 * (3000×2000 for the hero, 2400×1600 for gallery images) so that the image pipeline is exercised as with real photos.
 * Each file says in its EXIF that it is placeholder artwork, and the run prints what it shows, ready for the alt
 * text. PDF attachments (fact sheets) are drawn by make-fact-sheets.ts in the same run. Existing files are never
 * overwritten.
 */
const root = path.resolve(process.argv[2] ?? 'content', 'releases');

let made = 0;
const folders = existsSync(root) ? readdirSync(root).sort() : [];
for (const folder of folders) {
  const english = path.join(root, folder, releaseFileName('en'));
  if (!existsSync(english)) continue;
  const parsed = releaseFrontmatter.safeParse(parseMarkdownSource(readFileSync(english, 'utf8')).data);
  if (!parsed.success) {
    console.warn(`skipped ${folder}: ${releaseFileName('en')} does not pass the schema (run npm run content:check)`);
    continue;
  }
  const release = parsed.data;
  const images = [
    { file: release.hero.file, width: 3000, height: 2000 },
    ...release.gallery.map((image) => ({ file: image.file, width: 2400, height: 1600 })),
  ];
  for (const [i, image] of images.entries()) {
    const target = path.join(root, folder, image.file);
    if (existsSync(target)) continue;
    const spec = artworkSpec(folder, i);
    const description = describeArtwork(spec, 'en');
    await sharp(Buffer.from(artworkSvg(spec, image.width, image.height)))
      .jpeg({ quality: 86, mozjpeg: true })
      .withMetadata({ density: 300 })
      .withExif({ IFD0: { ImageDescription: description, Software: artworkMarker } })
      .toFile(target);
    made++;
    console.log(`drew ${path.relative(process.cwd(), target)} (${image.width}×${image.height}): ${description}`);
  }
}
console.log(made ? `${made} image(s) drawn` : 'every image exists; nothing to draw');
const sheets = await makeFactSheets(path.resolve(process.argv[2] ?? 'content'));
console.log(sheets ? `${sheets} fact sheet(s) drawn` : 'every attachment exists; nothing to draw');
