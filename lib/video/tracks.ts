import { readFile } from 'node:fs/promises';
import { content } from '@/lib/content/facade';
import { releaseFile } from '@/lib/media/files';
import { parseCaptions, transcript } from './webvtt';
import type { ContentVideo } from '@/lib/content/schema';
import { endonym, languageTag, locales, type Locale } from '@/lib/i18n/locales';
import { mediaPath } from '@/lib/routing';

export type CaptionTrack = { locale: Locale; srclang: string; label: string; src: string; file: string };

/**
 * The caption tracks of a release's video: one per language the release is published in (each translation names
 * its own captions), labelled with the language's own name, so a reader finds theirs in the player's menu.
 */
export function captionTracks(slug: string, video: ContentVideo): CaptionTrack[] {
  return locales.flatMap((locale) => {
    const file = content.getRelease(locale, slug)?.videos.find((v) => v.file === video.file)?.captions;
    return file
      ? [{ locale, srclang: languageTag[locale], label: endonym[locale], src: mediaPath(slug, file), file }]
      : [];
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
