import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AddToBasket } from '@/components/basket/add-to-basket';
import { addToBasketLabels } from '@/components/basket/labels';
import { FilmDownloads } from '@/components/video/film-downloads';
import { content, type MediaListing } from '@/lib/content';
import type { ContentImage, ContentVideo } from '@/lib/content/schema';
import { formatCalendarDate } from '@/lib/i18n/format';
import { textAttributes, type Locale } from '@/lib/i18n/locales';
import { filmInfo, imageInfo } from '@/lib/media/files';
import { formatDuration, formatFileSize, formatPixels } from '@/lib/media/format';
import { originalSize } from '@/lib/media/original';
import { mediaPath, releasePath } from '@/lib/routing';
import { videoId } from '@/lib/video/tracks';
import { DownloadOptions } from './download-options';
import { UsageEnded } from './usage-ended';

/** Thumbnail widths in the library grid: one column on phones, two from 640 px, three from 1024 px. */
const thumbnailSizes = '(min-width: 1280px) 400px, (min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw';
const row = 'grid grid-cols-[minmax(0,8rem)_minmax(0,1fr)] gap-x-3';
const button = 'inline-flex min-h-11 items-center rounded-full border border-line px-4 font-semibold hover:border-fg';

/**
 * One item of the media library, an image or a video: thumbnail (a video's poster), caption or title, credit, terms
 * of use, expiry, dimensions and size, its downloads with the basket button, and the release it belongs to. English
 * originals carry their lang and dir on the text that comes from content.
 */
export async function MediaItem({ locale, item, id }: { locale: Locale; item: MediaListing; id: string }) {
  const { release, isFallback } = item;
  const t = await getTranslations({ locale, namespace: 'media' });
  const text = isFallback ? textAttributes(release.locale) : {};
  const entry = item.kind === 'image' ? await imageEntry(locale, item, id) : await videoEntry(locale, item, id);
  const ended = content.usageEndOf(release, entry.rights);

  return (
    <article
      className="flex w-full flex-col overflow-hidden rounded-2xl border border-line bg-surface"
      data-media-item={`${release.slug}/${entry.file}`}
      data-media-kind={item.kind}
    >
      {ended ? (
        <UsageEnded locale={locale} expires={ended} />
      ) : (
        <div className="relative">
          <Image
            src={mediaPath(release.slug, entry.thumbnail.file)}
            alt={entry.thumbnail.alt}
            {...text}
            width={entry.thumbnail.width}
            height={entry.thumbnail.height}
            sizes={thumbnailSizes}
            placeholder={entry.thumbnail.placeholder}
            className="aspect-[3/2] h-auto w-full bg-bg object-contain"
          />
          {entry.badge && (
            <span className="absolute bottom-2 start-2 rounded-full bg-black/75 px-3 py-1 text-xs font-semibold text-white">
              {entry.badge}
            </span>
          )}
        </div>
      )}
      <div className="flex flex-1 flex-col gap-4 p-4 text-sm">
        <h2 id={id} className="text-base font-semibold leading-snug" {...text}>
          {entry.title}
        </h2>
        <dl className="space-y-1">
          <div className={row}>
            <dt className="text-muted">{t('credit')}</dt>
            <dd>
              <bdi>{entry.rights.credit}</bdi>
            </dd>
          </div>
          <div className={row}>
            <dt className="text-muted">{t('usage')}</dt>
            <dd data-usage={entry.rights.usage}>{t(`usageTerms.${entry.rights.usage}`)}</dd>
          </div>
          {entry.rights.expires && (
            <div className={row}>
              <dt className="text-muted">{t('expires')}</dt>
              <dd>
                <time dateTime={entry.rights.expires}>{formatCalendarDate(locale, entry.rights.expires)}</time>
              </dd>
            </div>
          )}
          {entry.facts.map(([term, value]) => (
            <div key={term} className={row}>
              <dt className="text-muted">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {!ended && <div className="mt-auto">{entry.downloads}</div>}
        <p className="text-muted">
          {t('release')}:{' '}
          <a
            href={releasePath(locale, release.slug)}
            {...text}
            className="text-fg underline decoration-line underline-offset-4 hover:decoration-fg"
          >
            {release.title}
          </a>
        </p>
      </div>
    </article>
  );
}

/** What the library shows of one item, whichever its kind. */
type Entry = {
  /** The file the item is named by: the image, or the video's full-HD film. */
  file: string;
  title: string;
  rights: Pick<ContentImage | ContentVideo, 'credit' | 'usage' | 'expires'>;
  thumbnail: { file: string; alt: string; width: number; height: number; placeholder: `data:image/${string}` };
  /** A label over the thumbnail: what the item is, where the picture alone does not say it. */
  badge?: string;
  /** Further facts after the rights, each a term and its value; the last two are the pixels and the size. */
  facts: [string, ReactNode][];
  downloads: ReactNode;
};

async function imageEntry(
  locale: Locale,
  { release, image }: Extract<MediaListing, { kind: 'image' }>,
  id: string,
): Promise<Entry> {
  const t = await getTranslations({ locale, namespace: 'media' });
  const [info, bytes] = await Promise.all([
    imageInfo(release.folder, image.file),
    originalSize(release.slug, image.file),
  ]);
  return {
    file: image.file,
    title: image.caption,
    rights: image,
    thumbnail: { file: image.file, alt: image.alt, ...info },
    facts: [
      [t('dimensions'), t('pixels', { dimensions: formatPixels(locale, info.width, info.height) })],
      [
        t('fileSize'),
        <span key="size" data-bytes={bytes}>
          {formatFileSize(locale, bytes)}
        </span>,
      ],
    ],
    downloads: (
      <DownloadOptions
        locale={locale}
        slug={release.slug}
        file={image.file}
        caption={image.caption}
        width={info.width}
        height={info.height}
        describedBy={id}
        originalClassName={button}
      />
    ),
  };
}

/**
 * A video: its poster marked with the running time, the full-HD film's pixels and size, both films to download,
 * the basket button (the video goes in with its poster and captions) and a link to watch it with captions on the
 * release page.
 */
async function videoEntry(
  locale: Locale,
  { release, video }: Extract<MediaListing, { kind: 'video' }>,
  id: string,
): Promise<Entry> {
  const t = await getTranslations({ locale, namespace: 'media' });
  const v = await getTranslations({ locale, namespace: 'video' });
  const film = filmInfo(release.folder, video.file);
  const [poster, bytes] = await Promise.all([
    imageInfo(release.folder, video.poster),
    originalSize(release.slug, video.file),
  ]);
  const duration = formatDuration(locale, film.duration);
  return {
    file: video.file,
    title: video.title,
    rights: video,
    thumbnail: { file: video.poster, alt: video.title, ...poster },
    badge: v('badge', { duration }),
    facts: [
      [v('duration'), duration],
      [t('dimensions'), t('pixels', { dimensions: formatPixels(locale, film.width, film.height) })],
      [
        t('fileSize'),
        <span key="size" data-bytes={bytes}>
          {formatFileSize(locale, bytes)}
        </span>,
      ],
    ],
    downloads: (
      <div className="flex flex-col items-start gap-2">
        <FilmDownloads
          locale={locale}
          slug={release.slug}
          folder={release.folder}
          video={video}
          describedBy={id}
          linkClassName="inline-flex min-h-11 items-center font-semibold underline decoration-line underline-offset-4 hover:decoration-fg"
        />
        <AddToBasket
          locale={locale}
          slug={release.slug}
          file={video.file}
          caption={video.title}
          labels={addToBasketLabels(locale)}
          describedBy={id}
        />
        <a
          href={`${releasePath(locale, release.slug)}#video-${videoId(video)}`}
          aria-describedby={id}
          className={button}
        >
          {v('watch')}
        </a>
      </div>
    ),
  };
}
