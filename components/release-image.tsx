import Image from 'next/image';
import type { ContentImage } from '@/lib/content';
import { imageInfo, mediaPath } from '@/lib/media';

/**
 * A release image with its caption and credit. Width and height come from the file itself (no layout shift);
 * next/image serves sized WebP variants with a blurred placeholder while the original stays downloadable.
 */
export async function ReleaseImage({ slug, folder, image, sizes, priority = false, creditLabel }: {
  slug: string;
  folder: string;
  image: ContentImage;
  sizes: string;
  priority?: boolean;
  creditLabel: string;
}) {
  const info = await imageInfo(folder, image.file);
  return (
    <figure className="overflow-hidden rounded-2xl border border-line bg-surface">
      <Image
        src={mediaPath(slug, image.file)}
        alt={image.alt}
        width={info.width}
        height={info.height}
        sizes={sizes}
        priority={priority}
        placeholder="blur"
        blurDataURL={info.blurDataURL}
        className="h-auto w-full"
      />
      <figcaption className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 py-3 text-sm text-muted">
        <span>{image.caption}</span>
        <span>{creditLabel}</span>
      </figcaption>
    </figure>
  );
}
