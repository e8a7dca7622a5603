import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import type { MediaListing } from '@/lib/content';
import { formatCalendarDate } from '@/lib/i18n/format';
import { textAttributes, type Locale } from '@/lib/i18n/locales';
import { imageInfo } from '@/lib/media/files';
import { originalSize } from '@/lib/media/original';
import { formatFileSize, formatPixels } from '@/lib/media/format';
import { mediaPath, releasePath } from '@/lib/routing';
import { DownloadOptions } from './download-options';
import { UsageEnded } from './usage-ended';
import { content } from '@/lib/content';

/** Thumbnail widths in the library grid: one column on phones, two from 640 px, three from 1024 px. */
const thumbnailSizes = '(min-width: 1280px) 400px, (min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw';

/**
 * One image of the media library: thumbnail, caption, credit, terms of use, dimensions and size, the original as
 * a download and the release it belongs to. English originals carry their lang and dir on the text that comes from content.
 */
export async function MediaItem({ locale, item, id }: { locale: Locale; item: MediaListing; id: string }) {
  const { release, image, isFallback } = item;
  const t = await getTranslations({ locale, namespace: 'media' });
  const info = await imageInfo(release.folder, image.file);
  const text = isFallback ? textAttributes(release.locale) : {};
  const dimensions = formatPixels(locale, info.width, info.height);
  const bytes = await originalSize(release.slug, image.file);
  const ended = content.usageEndOf(release, image);
  const size = formatFileSize(locale, bytes);
  const row = 'grid grid-cols-[minmax(0,8rem)_minmax(0,1fr)] gap-x-3';

  return (
    <article
      className="flex w-full flex-col overflow-hidden rounded-2xl border border-line bg-surface"
      data-media-item={`${release.slug}/${image.file}`}
    >
      {ended ? (
        <UsageEnded locale={locale} expires={ended} />
      ) : (
        <Image
          src={mediaPath(release.slug, image.file)}
          alt={image.alt}
          {...text}
          width={info.width}
          height={info.height}
          sizes={thumbnailSizes}
          placeholder="blur"
          blurDataURL={info.blurDataURL}
          className="aspect-[3/2] h-auto w-full bg-bg object-contain"
        />
      )}
      <div className="flex flex-1 flex-col gap-4 p-4 text-sm">
        <h2 id={id} className="text-base font-semibold leading-snug" {...text}>
          {image.caption}
        </h2>
        <dl className="space-y-1">
          <div className={row}>
            <dt className="text-muted">{t('credit')}</dt>
            <dd>
              <bdi>{image.credit}</bdi>
            </dd>
          </div>
          <div className={row}>
            <dt className="text-muted">{t('usage')}</dt>
            <dd data-usage={image.usage}>{t(`usageTerms.${image.usage}`)}</dd>
          </div>
          {image.expires && (
            <div className={row}>
              <dt className="text-muted">{t('expires')}</dt>
              <dd>
                <time dateTime={image.expires}>{formatCalendarDate(locale, image.expires)}</time>
              </dd>
            </div>
          )}
          <div className={row}>
            <dt className="text-muted">{t('dimensions')}</dt>
            <dd>{t('pixels', { dimensions })}</dd>
          </div>
          <div className={row}>
            <dt className="text-muted">{t('fileSize')}</dt>
            <dd data-bytes={bytes}>{size}</dd>
          </div>
        </dl>
        {!ended && (
          <div className="mt-auto">
            <DownloadOptions
              locale={locale}
              slug={release.slug}
              file={image.file}
              caption={image.caption}
              width={info.width}
              height={info.height}
              describedBy={id}
              originalClassName="inline-flex min-h-11 items-center rounded-full border border-line px-4 font-semibold hover:border-fg"
            />
          </div>
        )}
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
