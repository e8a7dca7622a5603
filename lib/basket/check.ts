import { content } from '@/lib/content/facade';
import type { ReleaseFile } from '@/lib/content/queries';
import type { ContentImage } from '@/lib/content/schema';
import { textAttributes, type Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { filmInfo, imageInfo } from '@/lib/media/files';
import { fileTypeLabel } from '@/lib/media/format';
import { originalSize } from '@/lib/media/original';
import { renditionFacts } from '@/lib/media/renditions/delivered';
import { downloadRenditions } from '@/lib/media/renditions/names';
import { mediaPath, releasePath } from '@/lib/routing';
import { filmsOf } from '@/lib/video/tracks';
import type { ItemFacts, RenditionOption } from './facts';
import type { BasketItem } from './items';
import type { Refusal } from './manifest';

/** An item the gate lets through now: its facts for the page and what the download needs to read it. */
export type Checked = { facts: ItemFacts; found: ReleaseFile; image?: ContentImage };

/**
 * A basket item asked of the public gate at this instant (the page's list and the download ask alike). A key of a
 * draft, an embargoed or withdrawn release, or one that never existed is `unavailable`, indistinguishable from each
 * other: the answer names only the key the browser sent. A public picture past its usage period is `expired`, with
 * its date. Otherwise the facts, in the basket's language where the release is translated (the files themselves are
 * the same in every language, their rights in English like every download: lib/media/original.ts).
 */
export async function checkItem(item: BasketItem, locale: Locale): Promise<Checked | Refusal> {
  const found = content.findReleaseFile(item.slug, item.file);
  if (!found) return { key: item.key, reason: 'unavailable' };
  if (found.usageEnded) return { key: item.key, reason: 'expired', expires: found.usageEnded };
  const listing = content.getReleaseListing(locale, item.slug);
  const release = listing?.release ?? found.release;
  const t = translator(locale);
  const base = {
    key: item.key,
    slug: item.slug,
    file: found.file,
    kind: item.kind,
    rendition: item.rendition,
    releaseTitle: release.title,
    releasePath: releasePath(locale, item.slug),
    ...(listing?.isFallback ? { text: textAttributes(release.locale) } : {}),
  };
  if (found.image) {
    // The caption and alt text of this language's translation, where it names the same file.
    const image = [release.hero, ...release.gallery].find((i) => i.file === found.file) ?? found.image;
    const info = await imageInfo(found.folder, found.file);
    const original: RenditionOption = {
      rendition: 'original',
      type: fileTypeLabel(found.file),
      width: info.width,
      height: info.height,
      bytes: await originalSize(item.slug, found.file),
    };
    const renditions = await Promise.all(
      downloadRenditions.map(async (rendition): Promise<RenditionOption> => {
        const { width, height, bytes } = await renditionFacts(item.slug, found.file, rendition);
        return { rendition, type: 'JPG', width, height, bytes };
      }),
    );
    const facts: ItemFacts = {
      ...base,
      title: image.caption,
      credit: image.credit,
      usage: t(`media.usageTerms.${image.usage}`),
      ...(image.expires ? { expires: image.expires } : {}),
      thumbnail: { src: mediaPath(item.slug, found.file), width: info.width, height: info.height, alt: image.alt },
      options: [original, ...renditions],
    };
    return { facts, found, image };
  }
  if (found.video) {
    // A video is added by its full-HD film; its 720p film, poster and captions come with it.
    const video = release.videos.find((v) => v.file === found.video?.file) ?? found.video;
    if (found.file !== video.file) return { key: item.key, reason: 'unavailable' };
    const poster = await imageInfo(found.folder, video.poster);
    const facts: ItemFacts = {
      ...base,
      title: video.title,
      credit: video.credit,
      usage: t(`media.usageTerms.${video.usage}`),
      ...(video.expires ? { expires: video.expires } : {}),
      thumbnail: {
        src: mediaPath(item.slug, video.poster),
        width: poster.width,
        height: poster.height,
        alt: video.title,
      },
      options: await Promise.all(
        filmsOf(video).map(async ([rendition, file]): Promise<RenditionOption> => {
          const { width, height } = filmInfo(found.folder, file);
          return { rendition, type: 'MP4', width, height, bytes: await originalSize(item.slug, file) };
        }),
      ),
    };
    return { facts, found };
  }
  const attachment = release.attachments.find((a) => a.file === found.file);
  const facts: ItemFacts = {
    ...base,
    title: attachment?.title ?? found.file,
    options: [
      { rendition: 'original', type: fileTypeLabel(found.file), bytes: await originalSize(item.slug, found.file) },
    ],
  };
  return { facts, found };
}

export const isRefusal = (checked: Checked | Refusal): checked is Refusal => 'reason' in checked;
