import { readFile } from 'node:fs/promises';
import { content } from '@/lib/content/facade';
import { releaseFile } from '@/lib/media/files';
import { parseCaptions, transcript } from './webvtt';
import type { ContentVideo } from '@/lib/content/schema';
import type { Release } from '@/lib/content/types';
import { endonym, languageTag, locales, type Locale } from '@/lib/i18n/locales';
import { mediaPath } from '@/lib/routing';

export type CaptionTrack = { locale: Locale; srclang: string; label: string; src: string; file: string };

/**
 * The caption tracks of a release's video: one per language the release is published in (each translation names
 * its own captions), labelled with the language's own name, so a reader finds theirs in the player's menu.
 */
export function captionTracks(slug: string, video: ContentVideo): CaptionTrack[] {
  return tracksOf(
    (locale) => content.getRelease(locale, slug),
    video,
    (file) => mediaPath(slug, file),
  );
}

/**
 * The same tracks over any set of translations, each file at the address `href` gives it: the public ones above, or
 * an embargoed release's through an early-access link.
 */
export function tracksOf(
  translation: (locale: Locale) => Pick<Release, 'videos'> | undefined,
  video: ContentVideo,
  href: (file: string) => string,
): CaptionTrack[] {
  return locales.flatMap((locale) => {
    const file = translation(locale)?.videos.find((v) => v.file === video.file)?.captions;
    return file ? [{ locale, srclang: languageTag[locale], label: endonym[locale], src: href(file), file }] : [];
  });
}

/** A video's id in URLs: its full-HD file's name without the extension ("b-roll"). */
export const videoId = (video: Pick<ContentVideo, 'file'>) => video.file.replace(/\.mp4$/, '');

/** The track a reader of `locale` reads: theirs, else English. */
export const readerTrack = (tracks: readonly CaptionTrack[], locale: Locale) =>
  tracks.find((track) => track.locale === locale) ?? tracks.find((track) => track.locale === 'en');

/** A video's transcript from a captions track: its cues as paragraphs (./webvtt.ts). */
export async function transcriptOf(folder: string, track: CaptionTrack | undefined): Promise<string[]> {
  if (!track) return [];
  return transcript(parseCaptions(await readFile(releaseFile(folder, track.file), 'utf8')).cues);
}

/** A video's films, by the rendition a journalist picks: the full-HD download and the 720p web film. */
export const filmsOf = (video: Pick<ContentVideo, 'file' | 'small'>) =>
  [
    ['1080p', video.file],
    ['720p', video.small],
  ] as const;
