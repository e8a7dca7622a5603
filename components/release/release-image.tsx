import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import type { ContentImage } from '@/lib/content';
import type { Locale, TextAttributes } from '@/lib/i18n/locales';
import { imageInfo } from '@/lib/media/files';
import { mediaPath } from '@/lib/routing';
import { DownloadOptions } from '@/components/media/download-options';
import { UsageEnded } from '@/components/media/usage-ended';
import { content } from '@/lib/content';

/**
 * A release image with its caption, credit and its downloads (the original and its renditions). Width and height come from the file itself
 * (no layout shift); next/image serves sized WebP variants with a blurred placeholder.
 */
export async function ReleaseImage({
  locale,
  slug,
  folder,
  image,
  sizes,
  priority = false,
  text = {},
}: {
  locale: Locale;
  slug: string;
  folder: string;
  image: ContentImage;
  sizes: string;
  priority?: boolean;
  /** lang and dir of the caption and alt text when they are not in the page's language (an English original). */
  text?: TextAttributes;
}) {
  const info = await imageInfo(folder, image.file);
  const release = await getTranslations({ locale, namespace: 'release' });
  // Names the image for its download and basket controls, which every image of the page repeats.
  const captionId = `caption-${image.file.replace(/[^a-z0-9-]/g, '-')}`;
  const ended = content.findReleaseFile(slug, image.file)?.usageEnded;
  return (
    <figure className="overflow-hidden print:break-inside-avoid rounded-2xl border border-line bg-surface">
      {ended ? (
        <UsageEnded locale={locale} expires={ended} />
      ) : (
        <Image
          src={mediaPath(slug, image.file)}
          alt={image.alt}
          lang={text.lang}
          dir={text.dir}
          width={info.width}
          height={info.height}
          sizes={sizes}
          priority={priority}
          placeholder={info.placeholder}
          className="h-auto w-full"
        />
      )}
      <figcaption className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 py-3 text-sm text-muted">
        <span id={captionId} {...text}>
          {image.caption}
        </span>
        {/* The credit's name isolated (<bdi>): a Latin name keeps its order inside an Arabic sentence. */}
        <span>{release.rich('heroCredit', { credit: () => <bdi>{image.credit}</bdi> })}</span>
        {!ended && (
          // A div: the download options are a block (a span may not hold one).
          <div className="basis-full">
            <DownloadOptions
              locale={locale}
              slug={slug}
              file={image.file}
              caption={image.caption}
              width={info.width}
              height={info.height}
              describedBy={captionId}
              originalClassName="font-semibold text-fg underline decoration-line underline-offset-4 hover:decoration-fg"
            />
          </div>
        )}
      </figcaption>
    </figure>
  );
}
