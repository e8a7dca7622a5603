import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
// The facade itself, not '@/lib/content': the press-kit download handler (pages/api) imports this file too.
import { translator } from '@/lib/i18n/messages';
import { content } from '@/lib/content/facade';
import { env } from '@/lib/env';
import type { Release } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/locales';
import { filmInfo, imageInfo, releaseFile } from '@/lib/media/files';
import { withRights } from '@/lib/media/image-rights';
import { zipLength, type ZipEntry } from '@/lib/downloads/zip-stream';
import { pressKitEntries, type PressKitImage, type PressKitInput, type PressKitVideo } from '@/lib/press-kit/zip';
import { posterImage } from '@/lib/content/queries';
import { releaseTexts } from '@/lib/content/release-text';
import { mediaPath, pressKitFileName } from '@/lib/routing';

/** A film larger than this is linked from the kit, not put in it: a kit stays downloadable on a phone. */
const KIT_FILM_LIMIT = 50_000_000;

/**
 * Gathers a press kit's input from the content facade, the files on disk and the UI strings, for the release
 * page (which shows the kit's size) and the download handler (which streams it): both plan the same entries. Only
 * a public translation has a kit: drafts, embargoed releases and untranslated locales get undefined.
 */
function texts(release: Release) {
  const { locale } = release;
  const t = translator(locale);
  const { parts, text, markdown } = releaseTexts(
    release,
    content.contacts(release.locale, release.contacts),
    env.siteUrl,
  );
  const labels = {
    usageTerm: (term: Release['hero']['usage']) => t(`media.usageTerms.${term}`),
    contents: t('media.kitContents'),
    kitMarkdown: t('media.kitMarkdown'),
    kitText: t('media.kitText'),
    caption: t('media.caption'),
    credit: t('media.credit'),
    usage: t('media.usage'),
    altText: t('media.altText'),
    dimensions: t('media.dimensions'),
    fileSize: t('media.fileSize'),
    expires: t('media.expires'),
    title: t('media.attachmentTitle'),
    language: t('media.language'),
  };
  return { url: parts.url, labels, text, markdown };
}

async function pressKitInput(release: Release, instructions?: string): Promise<PressKitInput> {
  const { slug, locale } = release;
  const images = await Promise.all(
    [
      { ...release.hero, role: 'hero' as const },
      ...release.gallery.map((image) => ({ ...image, role: 'gallery' as const })),
    ]
      // A picture past its usage period is handed out nowhere (lib/content/gate.ts, usageEnded).
      .filter((image) => !content.usageEndOf(release, image))
      .map(async (image): Promise<PressKitImage> => {
        const [bytes, info] = await Promise.all([
          readFile(releaseFile(release.folder, image.file)),
          imageInfo(release.folder, image.file),
        ]);
        const withCredit = withRights(new Uint8Array(bytes), release, image, env.siteUrl, instructions);
        return { ...image, bytes: withCredit, width: info.width, height: info.height };
      }),
  );
  const attachments = await Promise.all(
    release.attachments.map(async (attachment) => {
      const file = releaseFile(release.folder, attachment.file);
      return { ...attachment, size: (await stat(file)).size, source: () => createReadStream(file) };
    }),
  );
  const videos = await Promise.all(
    release.videos
      .filter((video) => !content.usageEndOf(release, video))
      .map(async (video): Promise<PressKitVideo> => {
        const path = releaseFile(release.folder, video.file);
        const { width, height, duration } = filmInfo(release.folder, video.file);
        const bytes = (await stat(path)).size;
        const [poster, posterInfo] = await Promise.all([
          readFile(releaseFile(release.folder, video.poster)),
          imageInfo(release.folder, video.poster),
        ]);
        const captions = releaseFile(release.folder, video.captions);
        return {
          ...video,
          url: `${env.siteUrl}${mediaPath(slug, video.file)}`,
          width,
          height,
          duration,
          bytes,
          ...(bytes <= KIT_FILM_LIMIT ? { film: () => createReadStream(path) } : {}),
          poster: {
            file: video.poster,
            // In the kit's language, like the kit's other pictures.
            bytes: withRights(new Uint8Array(poster), release, posterImage(video), env.siteUrl, instructions),
            width: posterInfo.width,
            height: posterInfo.height,
          },
          captions: {
            file: video.captions,
            size: (await stat(captions)).size,
            source: () => createReadStream(captions),
          },
        };
      }),
  );
  const { url, labels, text, markdown } = texts(release);
  return {
    slug,
    locale,
    title: release.title,
    url,
    modifiedAt: release.updatedAt ?? release.publishedAt,
    markdown,
    text,
    images,
    attachments,
    videos,
    labels,
  };
}

export type PressKit = { entries: ZipEntry[]; size: number; mtime: string; fileName: string };

/** The kit's entries, size and file name, or undefined when (locale, slug) is not a public translation. */
export async function pressKit(locale: Locale, slug: string): Promise<PressKit | undefined> {
  const release = content.getRelease(locale, slug);
  return release && releasePressKit(release);
}

/**
 * The kit of a release translation the caller already holds through a gate: the public one above, or an
 * early-access grant (lib/content/early.ts), whose pictures carry the embargo in `instructions`.
 */
export async function releasePressKit(release: Release, instructions?: string): Promise<PressKit> {
  const input = await pressKitInput(release, instructions);
  const entries = pressKitEntries(input);
  return {
    entries,
    size: zipLength(entries),
    mtime: input.modifiedAt,
    fileName: pressKitFileName(release.locale, release.slug),
  };
}

/** Sizes are remembered per process (content does not change within one); the gate is asked on every call. */
const sizes = new Map<string, Promise<number>>();

export async function pressKitSize(locale: Locale, slug: string): Promise<number | undefined> {
  const release = content.getRelease(locale, slug);
  if (!release) return undefined;
  // The kit changes within a process only when a picture's usage period ends.
  const ended = [release.hero, ...release.gallery].filter((image) => content.usageEndOf(release, image));
  const key = `${locale}/${slug}/${ended.map((image) => image.file).join(',')}`;
  let size = sizes.get(key);
  if (!size) {
    size = pressKit(locale, slug).then((kit) => kit?.size ?? 0);
    sizes.set(key, size);
  }
  return size;
}
