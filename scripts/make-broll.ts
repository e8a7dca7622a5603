import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { releaseFileName } from '@/lib/content/file-names';
import { parseMarkdownSource } from '@/lib/content/frontmatter';
import { releaseFrontmatter } from '@/lib/content/schema';
import { ensureDebianPackage } from './ensure-debian-package';

/**
 * `npm run make:broll [content folder]`: we have no film, so the sample releases written in all six languages get
 * ten seconds of b-roll made from their own artwork with Debian's ffmpeg: the hero slowly pushes in, crossfades over
 * two seconds into the first gallery image, which pulls out, over quiet brown-noise ambience that fades in and out
 * (the hero alone for ten seconds when a release has no gallery). The rates were chosen so the three files of a
 * release weigh about 0.7 MB (1080p download, 720p web playback, poster): small enough to commit. The run is
 * bit-exact (fixed noise seed, no timestamps or encoder names), so running it again rewrites identical bytes.
 * The captions (b-roll.{locale}.vtt) are written by hand, not made here.
 */
const releases = [
  '2025-04-08-smart-5-brabus-milan-design-week',
  '2025-04-24-keith-haring-art-car',
  '2025-06-10-nsp-chinese-mainland',
  '2025-07-15-first-half-2025',
];
const root = path.resolve(process.argv[2] ?? 'content', 'releases');

// The 3:2 artwork cropped to 16:9 around its centre, at twice the output size so that the slow zoom stays smooth.
const fill = 'scale=3840:2160:force_original_aspect_ratio=increase,crop=3840:2160';
const zoom = (z: string, frames: number) =>
  `${fill},zoompan=z='${z}':d=${frames}:x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':s=1920x1080:fps=25`;
const still = (file: string, seconds: number) => ['-loop', '1', '-framerate', '25', '-t', String(seconds), '-i', file];
const noise = ['-f', 'lavfi', '-t', '10', '-i', 'anoisesrc=color=brown:amplitude=0.03:seed=7:sample_rate=48000'];
const ambience = 'afade=t=in:d=1,afade=t=out:st=9:d=1[au]';
const deterministic = ['-fflags', '+bitexact', '-flags', '+bitexact', '-map_metadata', '-1'];

function fullHd(hero: string, gallery: string | undefined): string[] {
  const inputs = gallery ? [...still(hero, 6), ...still(gallery, 6), ...noise] : [...still(hero, 10), ...noise];
  const picture = gallery
    ? `[0:v]${zoom('min(zoom+0.0006,1.06)', 150)},trim=duration=6[a];` +
      `[1:v]${zoom('1.06-0.0004*on', 150)},trim=duration=6[b];` +
      '[a][b]xfade=transition=fade:duration=2:offset=4,format=yuv420p[v]'
    : `[0:v]${zoom('min(zoom+0.0003,1.06)', 250)},trim=duration=10,format=yuv420p[v]`;
  return [
    ...inputs,
    '-filter_complex',
    `${picture};[${gallery ? 2 : 1}:a]${ambience}`,
    ...['-map', '[v]', '-map', '[au]', '-t', '10'],
    ...['-c:v', 'libx264', '-profile:v', 'high', '-level', '4.0', '-preset', 'slow', '-crf', '32', '-g', '50'],
    ...['-threads', '2', '-c:a', 'aac', '-b:a', '48k', '-ac', '2', '-movflags', '+faststart'],
    ...deterministic,
    'b-roll.mp4',
  ];
}

const small = [
  ...['-i', 'b-roll.mp4', '-vf', 'scale=1280:720', '-c:v', 'libx264', '-profile:v', 'main', '-level', '3.1'],
  ...['-preset', 'slow', '-crf', '31', '-g', '50', '-threads', '2', '-c:a', 'copy', '-movflags', '+faststart'],
  ...deterministic,
  'b-roll-720p.mp4',
];
const poster = [
  '-ss',
  '1',
  '-i',
  'b-roll.mp4',
  '-frames:v',
  '1',
  '-vf',
  'scale=1280:720',
  '-q:v',
  '4',
  ...deterministic,
  'b-roll.jpg',
];

function ffmpeg(cwd: string, args: string[]) {
  const run = spawnSync('nice', ['-n', '19', 'ffmpeg', '-y', '-v', 'error', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ffmpeg failed in ${cwd}: ${run.stderr || run.error?.message}`);
}

const missing = ensureDebianPackage('ffmpeg', 'ffmpeg');
if (missing) throw new Error(missing);
// Every sample release is read before the first encode, so that a missing one stops the run before it changes anything.
const sources = releases.map((folder) => {
  const dir = path.join(root, folder);
  const english = path.join(dir, releaseFileName('en'));
  if (!existsSync(english)) throw new Error(`${english} is missing: make:broll makes b-roll for the sample releases`);
  const release = releaseFrontmatter.parse(parseMarkdownSource(readFileSync(english, 'utf8')).data);
  return { dir, hero: release.hero.file, gallery: release.gallery[0]?.file };
});
for (const { dir, hero, gallery } of sources) {
  ffmpeg(dir, fullHd(hero, gallery));
  ffmpeg(dir, small);
  ffmpeg(dir, poster);
  const from = gallery ? `${hero} and ${gallery}` : hero;
  console.log(`made b-roll.mp4, b-roll-720p.mp4 and b-roll.jpg in ${path.relative(process.cwd(), dir)} from ${from}`);
}
