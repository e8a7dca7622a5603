import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import type { ReleaseListing } from '@/lib/content';
import { formatDate } from '@/lib/i18n/format';
import { textAttributes, type Locale } from '@/lib/i18n/locales';
import { imageInfo } from '@/lib/media/files';
import { mediaPath, releasePath } from '@/lib/routing';
import { content } from '@/lib/content';

/**
 * The newest release, large, with its hero image (unless its usage period is over): the first thing a journalist sees
 * on the home page.
 */
export async function FeaturedRelease({ locale, listing }: { locale: Locale; listing: ReleaseListing }) {
  const { release, isFallback } = listing;
  const t = await getTranslations({ locale, namespace: 'home' });
  const info = await imageInfo(release.folder, release.hero.file);
  const text = isFallback ? textAttributes(release.locale) : {};
  return (
    <article className="group relative overflow-hidden rounded-3xl border border-line bg-bg">
      {!content.usageEndOf(release, release.hero) && (
        <Image
          src={mediaPath(release.slug, release.hero.file)}
          alt={release.hero.alt}
          width={info.width}
          height={info.height}
          sizes="(min-width: 1024px) 560px, 100vw"
          priority
          placeholder={info.placeholder}
          className="aspect-[3/2] h-auto w-full object-cover"
        />
      )}
      <div className="p-6">
        <p className="text-xs font-bold uppercase tracking-[0.2em] text-accent">{t('featured')}</p>
        <h2 className="mt-2 text-xl font-bold leading-snug tracking-tight sm:text-2xl" {...text}>
          <a href={releasePath(locale, release.slug)} className="after:absolute after:inset-0 group-hover:underline">
            {release.title}
          </a>
        </h2>
        <p className="mt-2 text-sm text-muted">
          <time dateTime={release.publishedAt}>{formatDate(locale, release.publishedAt, release.timeZone)}</time>
        </p>
      </div>
    </article>
  );
}
