import type { ContentImage } from '@/lib/content/schema';
import type { Release } from '@/lib/content/types';
import { formatCalendarDate } from '@/lib/i18n/format';
import { languageTag } from '@/lib/i18n/locales';
import { messages, translator } from '@/lib/i18n/messages';
import { releasePath } from '@/lib/routing';
import { embedRights, type ImageRights } from './rights-metadata';

/** The copyright notice of a release's picture or video: the year it was published with the release, and whose. */
export const copyrightNotice = (release: Release, work: Pick<ContentImage, 'credit'>) =>
  `© ${release.publishedAt.slice(0, 4)} ${work.credit}`;

/**
 * What a picture of a release says about itself inside the file, for the photo desk that finds it in a folder
 * weeks later: the release's title, the credit and copyright of whoever holds the rights (the `credit` field names
 * them), the terms of use with their end date in the release's language, the release page that states them, and
 * the newsroom that supplied it.
 */
function imageRights(release: Release, image: ContentImage, siteUrl: string, instructions?: string): ImageRights {
  const t = translator(release.locale);
  const terms = t(`media.usageTerms.${image.usage}`);
  return {
    headline: release.title,
    credit: image.credit,
    copyright: copyrightNotice(release, image),
    usageTerms: image.expires
      ? t('media.termsUntil', { terms, date: formatCalendarDate(release.locale, image.expires) })
      : terms,
    webStatement: `${siteUrl}${releasePath(release.locale, release.slug)}`,
    // A supplier's name, the same in every language (IPTC Source is a party, not a sentence).
    source: messages('en').meta.siteName,
    language: languageTag[release.locale],
    ...(instructions ? { instructions } : {}),
  };
}

/**
 * The picture's bytes with its rights written in (no recompression: see ./rights-metadata.ts); with `instructions`
 * when it is supplied under embargo.
 */
export const withRights = (
  bytes: Uint8Array,
  release: Release,
  image: ContentImage,
  siteUrl: string,
  instructions?: string,
) => embedRights(bytes, imageRights(release, image, siteUrl, instructions));
