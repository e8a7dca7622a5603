import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { defaultLocale, directionOf, type Locale } from '@/lib/i18n/locales';
import { readMp4, type Mp4Facts } from '@/lib/video/mp4';
import { clock, coverageProblem, leftToRightCues, parseCaptions } from '@/lib/video/webvtt';
import { captionsFileName, releaseFileName } from '../file-names';
import type { ContentVideo, ReleaseFrontmatter } from '../schema';
import { readSourceText } from '../source-text';
import { rightsProblem, type ImageProblem } from './editorial-images';
import { formatField, type Finding, type SourceFile } from './validate';

/**
 * A release's videos, read from their files (lib/video): the two MP4s are the sizes and codecs the player and the
 * downloads promise and last as long as each other, the poster is 16:9 and can carry its credit, and each
 * translation's captions parse as WebVTT and cover the film. The files, credit and terms are the same in every
 * translation; only titles, descriptions and captions are translated. A file that is missing is reported by the
 * schema check (validate.ts), like a missing picture.
 */
export type VideoRule = 'video-file' | 'video-weight' | 'captions' | 'video-translations';
export type VideoFinding = Finding & { rule: VideoRule | ImageProblem['rule'] };

const maxBytes = 500 * 1024 * 1024;
/** Two encodes of one film differ by a frame or an audio packet at most. */
const durationTolerance = 0.1;
const renditions = {
  file: { width: 1920, height: 1080, role: 'the download' },
  small: { width: 1280, height: 720, role: 'what the player plays' },
} as const;
/** What every translation of a release names alike. */
const sharedFields = ['file', 'small', 'poster', 'credit', 'usage', 'expires'] as const;

type Place = Omit<VideoFinding, 'rule' | 'level' | 'message'>;
type Translation = { source: SourceFile; release: ReleaseFrontmatter };

const pixels = (width: number, height: number) => `${width} × ${height}`;

function describe(facts: Mp4Facts): string {
  const video = facts.tracks.find((track) => track.kind === 'video');
  const audio = facts.tracks.find((track) => track.kind === 'audio');
  const picture = video ? `${pixels(video.width, video.height)} pixels of ${video.codec} video` : 'without video';
  return `${picture}, ${audio ? `${audio.codec} sound` : 'without sound'}`;
}

function mp4Findings(facts: Mp4Facts, name: 'file' | 'small', place: Place, bytes: number): VideoFinding[] {
  const { width, height, role } = renditions[name];
  const video = facts.tracks.find((track) => track.kind === 'video');
  const audio = facts.tracks.find((track) => track.kind === 'audio');
  const findings: VideoFinding[] = [];
  if (video?.codec !== 'avc1' || video.width !== width || video.height !== height || audio?.codec !== 'mp4a') {
    findings.push({
      ...place,
      rule: 'video-file',
      level: 'error',
      message: `is ${describe(facts)}; ${name} is ${role} and must be ${pixels(width, height)} pixels of H.264 video (avc1) with AAC sound (mp4a). Export it again in that format`,
    });
  }
  if (!facts.faststart) {
    findings.push({
      ...place,
      rule: 'video-file',
      level: 'error',
      message: 'keeps its index after the picture and sound, so a browser must load the whole file before it plays: export it again with "fast start" (ffmpeg: -movflags +faststart)',
    });
  }
  if (bytes > maxBytes) {
    findings.push({
      ...place,
      rule: 'video-weight',
      level: 'warning',
      message: `is ${Math.round(bytes / 1024 / 1024)} MB: journalists on a deadline will not wait for it (at most ${maxBytes / 1024 / 1024} MB). Export it again at a lower bit rate`,
    });
  }
  return findings;
}

async function posterFindings(file: string, place: Place): Promise<VideoFinding[]> {
  const { width, height } = await sharp(file)
    .metadata()
    .catch(() => ({ width: 0, height: 0 }));
  if (!width) return [{ ...place, rule: 'video-file', level: 'error', message: 'cannot be read as an image: export it again as a JPEG, PNG or WebP file' }];
  const findings: VideoFinding[] = [];
  if (Math.round((width * 9) / 16) !== height || width < renditions.small.width) {
    findings.push({
      ...place,
      rule: 'video-file',
      level: 'error',
      message: `is ${pixels(width, height)} pixels; a poster shows in the player before the film starts and must be 16:9 and at least ${pixels(renditions.small.width, renditions.small.height)} pixels, e.g. a frame of the 720p video`,
    });
  }
  const rights = rightsProblem(file);
  return rights ? [...findings, { ...place, ...rights }] : findings;
}

function captionFindings(file: string, shown: string, locale: Locale, duration: number | undefined): VideoFinding[] {
  const read = readSourceText(file);
  if ('problem' in read) return [{ file: shown, rule: 'captions', level: 'error', message: read.problem }];
  const { cues, errors } = parseCaptions(read.text);
  if (errors.length) {
    return errors.map((error) => ({
      file: shown,
      line: error.line,
      column: error.column,
      rule: 'captions',
      level: 'error',
      message: `this line is not valid WebVTT: ${error.message} Players skip what they cannot read`,
    }));
  }
  const findings: VideoFinding[] = [];
  const coverage = duration === undefined ? undefined : coverageProblem(cues, duration);
  if (coverage) findings.push({ file: shown, line: coverage.line, rule: 'captions', level: 'error', message: coverage.message });
  if (directionOf(locale) === 'rtl') {
    for (const cue of leftToRightCues(cues)) {
      findings.push({
        file: shown,
        line: cue.line + 1,
        value: cue.text.split('\n')[0],
        rule: 'captions',
        level: 'warning',
        message: 'starts with left-to-right text, so players set this whole cue left to right: begin it with a RIGHT-TO-LEFT MARK (U+200F), which is invisible',
      });
    }
  }
  return findings;
}

/** Each translation against the first, the English one: the same videos, files, credit and terms. */
function translationFindings(translations: Translation[]): VideoFinding[] {
  const reference = translations[0];
  if (!reference) return [];
  const named = path.basename(reference.source.file);
  return translations.flatMap(({ source, release }): VideoFinding[] => {
    if (source === reference.source) return [];
    if (release.videos.length !== reference.release.videos.length) {
      return [{
        file: source.file,
        ...source.parsed.at(['videos']),
        field: 'videos',
        rule: 'video-translations',
        level: 'error',
        message: `lists ${release.videos.length} video(s) and ${named} lists ${reference.release.videos.length}: every translation names the same videos, in the same order`,
      }];
    }
    return release.videos.flatMap((video, i) =>
      sharedFields.flatMap((field): VideoFinding[] => {
        const expected: ContentVideo[typeof field] = reference.release.videos[i]?.[field];
        if (video[field] === expected) return [];
        const at = ['videos', i, field];
        return [{
          file: source.file,
          ...source.parsed.at(at),
          field: formatField(at),
          value: video[field] ?? '(none)',
          rule: 'video-translations',
          level: 'error',
          message: `differs from ${named}, which has ${JSON.stringify(expected ?? '(none)')}: the files, credit, terms and end date of a video are the same in every translation`,
        }];
      }),
    );
  });
}

/** Every video finding of the parsed release files (`root` is the content folder the check read). */
export async function checkVideos(root: string, releases: ReadonlyMap<SourceFile, ReleaseFrontmatter>): Promise<VideoFinding[]> {
  const folders = new Map<string, Translation[]>();
  for (const [source, release] of releases) {
    const folder = path.dirname(source.file);
    // English first: a problem of a file every translation names is reported in the original, and the others are compared with it.
    const translation = { source, release };
    const others = folders.get(folder) ?? [];
    folders.set(folder, source.locale === defaultLocale ? [translation, ...others] : [...others, translation]);
  }
  const findings: VideoFinding[] = [];
  const posters: Promise<VideoFinding[]>[] = [];
  // A file named by several translations is checked once, where it is first named; a missing one is validate.ts's.
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));
  /** The first time `target` is met (for `role`, when it plays one) and it exists. */
  const first = (target: string, role = '') => once(`${role} ${target}`) && existsSync(target);
  const films = new Map<string, Mp4Facts | undefined>();
  const film = (target: string, name: 'file' | 'small', place: Place) => {
    if (!first(target, name)) return films.get(target);
    try {
      const facts = readMp4(target);
      findings.push(...mp4Findings(facts, name, place, statSync(target).size));
      films.set(target, facts);
      return facts;
    } catch (error) {
      findings.push({ ...place, rule: 'video-file', level: 'error', message: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  };
  for (const [folder, translations] of folders) {
    findings.push(...translationFindings(translations));
    const inFolder = (name: string) => path.join(root, path.relative('content', folder), name);
    for (const { source, release } of translations) {
      release.videos.forEach((video, i) => {
        const place = (field: keyof ContentVideo): Place => {
          const at = ['videos', i, field];
          return { file: source.file, ...source.parsed.at(at), field: formatField(at), value: video[field] };
        };
        const long = film(inFolder(video.file), 'file', place('file'))?.duration;
        const small = film(inFolder(video.small), 'small', place('small'))?.duration;
        if (long !== undefined && small !== undefined && Math.abs(long - small) > durationTolerance && once(`${inFolder(video.file)} ${video.small}`)) {
          findings.push({ ...place('small'), rule: 'video-file', level: 'error', message: `lasts ${clock(small)} and ${video.file} lasts ${clock(long)}: both must be the same film` });
        }
        if (first(inFolder(video.poster))) posters.push(posterFindings(inFolder(video.poster), place('poster')));
        const expected = captionsFileName(video.captions, source.locale);
        if (video.captions !== expected) {
          findings.push({ ...place('captions'), rule: 'captions', level: 'error', message: `must be the captions in this file's language (${releaseFileName(source.locale)}): name the file ${expected}` });
        } else if (first(inFolder(video.captions))) {
          findings.push(...captionFindings(inFolder(video.captions), `${folder}/${video.captions}`, source.locale, long ?? small));
        }
      });
    }
  }
  return [...findings, ...(await Promise.all(posters)).flat()];
}
