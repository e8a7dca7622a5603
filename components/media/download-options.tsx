import { getTranslations } from 'next-intl/server';
import { AddToBasket } from '@/components/basket/add-to-basket';
import { addToBasketLabels } from '@/components/basket/labels';
import type { Locale } from '@/lib/i18n/locales';
import { formatFileSize, formatPixels } from '@/lib/media/format';
import { originalSize } from '@/lib/media/original';
import { renditionFacts } from '@/lib/media/renditions/delivered';
import { downloadRenditions } from '@/lib/media/renditions/names';
import { mediaDownloadName, mediaPath, renditionDownloadName } from '@/lib/routing';

const textLink = 'underline decoration-line underline-offset-4 hover:decoration-fg';

/**
 * The ways to take a release image away: the original, byte for byte with its rights written in, and under "More
 * sizes" the web size and the social crops. Every link states the pixels and the size of exactly the bytes it sends
 * (lib/media/original.ts, lib/media/renditions/delivered.ts). Beside them, the button that puts it in the basket.
 */
export async function DownloadOptions({
  locale,
  slug,
  file,
  caption,
  width,
  height,
  originalClassName,
  describedBy,
}: {
  locale: Locale;
  slug: string;
  file: string;
  /** What the basket's add button says was added. */
  caption: string;
  /** The original's pixel size. */
  width: number;
  height: number;
  originalClassName: string;
  /** The id of the element naming the image (the caption), where several images share a page. */
  describedBy?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'media' });
  const [bytes, renditions] = await Promise.all([
    originalSize(slug, file),
    Promise.all(downloadRenditions.map((rendition) => renditionFacts(slug, file, rendition))),
  ]);
  return (
    <div className="flex flex-col items-start gap-2 print:hidden">
      <a
        href={mediaPath(slug, file)}
        download={mediaDownloadName(slug, file)}
        aria-describedby={describedBy}
        data-bytes={bytes}
        className={originalClassName}
      >
        {t('download', { dimensions: formatPixels(locale, width, height), size: formatFileSize(locale, bytes) })}
      </a>
      <AddToBasket
        locale={locale}
        slug={slug}
        file={file}
        caption={caption}
        labels={addToBasketLabels(locale)}
        describedBy={describedBy}
      />
      <details className="w-full">
        <summary className={`inline-flex min-h-11 cursor-pointer items-center ${textLink}`}>{t('otherSizes')}</summary>
        <ul className="space-y-1 ps-4">
          {renditions.map((r) => (
            <li key={r.rendition}>
              <a
                href={r.href}
                download={renditionDownloadName(slug, file, r.rendition)}
                aria-describedby={describedBy}
                data-rendition={r.rendition}
                data-bytes={r.bytes}
                className={`inline-flex min-h-11 items-center ${textLink}`}
              >
                {t('renditionDownload', {
                  name: t(`renditions.${r.rendition}`),
                  type: 'JPG',
                  dimensions: formatPixels(locale, r.width, r.height),
                  size: formatFileSize(locale, r.bytes),
                })}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
