import sharp from 'sharp';
import { content } from '@/lib/content';
import { cropBox, parseCropRatio } from '@/lib/media/crops';
import { env } from '@/lib/env';
import { releaseFile } from '@/lib/media/files';
import { withRights } from '@/lib/media/image-rights';

const formats = new Map<string, 'jpeg' | 'png' | 'webp'>([
  ['jpg', 'jpeg'],
  ['jpeg', 'jpeg'],
  ['png', 'png'],
  ['webp', 'webp'],
]);
const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * /media/{slug}/{file}/{1x1|4x3|16x9}: a centred crop of a public release's image, for structured data (search
 * engines want one image per aspect ratio). The same gate as the original: unknown names and embargoed releases
 * get a 404. Crops are made on request and cached by browsers and CDNs (the originals never change under a name).
 */
export async function GET(_request: Request, { params }: RouteContext<'/media/[slug]/[file]/[ratio]'>) {
  const { slug, file, ratio: rawRatio } = await params;
  const ratio = parseCropRatio(rawRatio);
  const format = formats.get(file.split('.').pop() ?? '');
  const found = ratio && format ? content.findReleaseFile(slug, file) : undefined;
  if (!ratio || !format || !found?.image) return notFound();

  const image = sharp(releaseFile(found.folder, found.file));
  const { width = 0, height = 0 } = await image.metadata();
  const box = cropBox(width, height, ratio);
  const bytes = await image
    .extract({ left: box.left, top: box.top, width: box.width, height: box.height })
    .resize(box.outWidth, box.outHeight)
    .toFormat(format, { quality: 82 })
    .toBuffer();
  return new Response(withRights(new Uint8Array(bytes), found.release, found.image, env.siteUrl), {
    headers: {
      'Content-Type': `image/${format}`,
      'Cache-Control': 'public, max-age=86400, s-maxage=604800, stale-while-revalidate=86400',
    },
  });
}
