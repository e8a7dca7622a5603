import { getTranslations } from 'next-intl/server';
import { AddToBasket } from '@/components/basket/add-to-basket';
import { addToBasketLabels } from '@/components/basket/labels';
import { LabelledSection } from '@/components/ui/labelled-section';
import type { Release } from '@/lib/content';
import { languageTag, type Locale } from '@/lib/i18n/locales';
import { originalSize } from '@/lib/media/original';
import { fileTypeLabel, formatFileSize, mediaTypeOf } from '@/lib/media/format';
import { pressKitSize } from '@/lib/press-kit/load';
import { mediaDownloadName, mediaPath, pressKitFileName, pressKitPath } from '@/lib/routing';

/**
 * The release's downloads beside its text: the press kit (ZIP) and each attachment, with type and size in the link
 * so that a journalist knows what a click costs before making it, and a button that puts an attachment in the basket.
 */
export async function ReleaseDownloads({ locale, release }: { locale: Locale; release: Release }) {
  const t = await getTranslations({ locale, namespace: 'media' });
  // The kit of the text shown: an English original shown in another language's interface has the English kit.
  const kitBytes = await pressKitSize(release.locale, release.slug);
  const attachments = await Promise.all(
    release.attachments.map(async (a) => ({ ...a, bytes: await originalSize(release.slug, a.file) })),
  );
  if (kitBytes === undefined && attachments.length === 0) return null;
  const link = 'group block rounded-xl border border-line p-3 hover:border-fg';
  const titleId = (file: string) => `attachment-${file.replace(/[^a-z0-9-]/g, '-')}`;
  const info = (file: string, bytes: number) =>
    t('fileInfo', { type: fileTypeLabel(file), size: formatFileSize(locale, bytes) });

  return (
    <LabelledSection id="downloads" heading={t('downloads')} className="print:hidden">
      <ul className="space-y-3 text-sm">
        {kitBytes !== undefined && (
          <li>
            <a
              href={pressKitPath(release.locale, release.slug)}
              download={pressKitFileName(release.locale, release.slug)}
              type="application/zip"
              className={link}
              data-press-kit
            >
              <span className="font-semibold group-hover:underline">{t('pressKit')}</span>{' '}
              <span className="block text-muted">{info('.zip', kitBytes)}</span>
            </a>
            <p className="mt-1 px-3 text-xs text-muted">{t('pressKitHint')}</p>
          </li>
        )}
        {attachments.map((attachment) => (
          <li key={attachment.file} className="space-y-2">
            <a
              href={mediaPath(release.slug, attachment.file)}
              download={mediaDownloadName(release.slug, attachment.file)}
              type={mediaTypeOf(attachment.file)}
              hrefLang={languageTag[attachment.language]}
              className={link}
              data-attachment
            >
              <span id={titleId(attachment.file)} className="font-semibold group-hover:underline">
                {attachment.title}
              </span>{' '}
              <span className="block text-muted">{info(attachment.file, attachment.bytes)}</span>
            </a>
            <AddToBasket
              locale={locale}
              slug={release.slug}
              file={attachment.file}
              caption={attachment.title}
              labels={addToBasketLabels(locale)}
              describedBy={titleId(attachment.file)}
            />
          </li>
        ))}
      </ul>
    </LabelledSection>
  );
}
