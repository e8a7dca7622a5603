import { getTranslations } from 'next-intl/server';
import type { ContentVideo } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { filmInfo } from '@/lib/media/files';
import { formatFileSize, formatPixels } from '@/lib/media/format';
import { originalSize } from '@/lib/media/original';
import { mediaDownloadName, mediaPath } from '@/lib/routing';
import { filmsOf } from '@/lib/video/tracks';

/**
 * The download links of a video's films (1080p and 720p MP4), each with its pixels and its size in bytes, read
 * from the files themselves.
 */
export async function FilmDownloads({
  locale,
  slug,
  folder,
  video,
  describedBy,
  linkClassName,
  source = { href: (file) => mediaPath(slug, file), size: (file) => originalSize(slug, file) },
}: {
  locale: Locale;
  slug: string;
  folder: string;
  video: ContentVideo;
  /** The id of the element naming the video, where several share a page. */
  describedBy: string;
  linkClassName: string;
  /** Where the films are sent from and what that sends: the public media route, or an early-access link. */
  source?: { href: (file: string) => string; size: (file: string) => Promise<number> };
}) {
  const media = await getTranslations({ locale, namespace: 'media' });
  const links = await Promise.all(
    filmsOf(video).map(async ([rendition, file]) => ({
      rendition,
      file,
      ...filmInfo(folder, file),
      bytes: await source.size(file),
    })),
  );
  return (
    <ul className="space-y-1 text-sm">
      {links.map((film) => (
        <li key={film.file}>
          <a
            href={source.href(film.file)}
            download={mediaDownloadName(slug, film.file)}
            data-bytes={film.bytes}
            aria-describedby={describedBy}
            className={linkClassName}
          >
            {media('renditionDownload', {
              name: media(`renditions.${film.rendition}`),
              type: 'MP4',
              dimensions: formatPixels(locale, film.width, film.height),
              size: formatFileSize(locale, film.bytes),
            })}
          </a>
        </li>
      ))}
    </ul>
  );
}
