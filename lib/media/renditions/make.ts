import sharp from 'sharp';
import { renditions, type Rendition } from './names';
import { renditionBox } from './spec';

/**
 * Bumped whenever the encoding below changes, so that cached renditions made by the old code are not served
 * (it is part of the cache key, ./cache.ts).
 */
export const SPEC_VERSION = 1;

/**
 * Every rendition of one image from a single decode: EXIF orientation applied, transparency laid on white, converted
 * to sRGB, then per rendition cropped, scaled and encoded as a progressive JPEG (quality 85) with an sRGB profile, so
 * that every program shows the colours alike. The same source gives the same bytes on every run (the cache may be
 * deleted at any time and is remade identically). Rights are not written here: they are added on every send
 * (lib/media/image-rights.ts), so a corrected credit needs no new pixels.
 */
export async function makeRenditions(source: Buffer): Promise<Map<Rendition, Buffer>> {
  const { data, info } = await sharp(source)
    .rotate()
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const made = new Map<Rendition, Buffer>();
  for (const rendition of renditions) {
    const box = renditionBox(info.width, info.height, rendition);
    made.set(
      rendition,
      await sharp(data, { raw })
        .extract({ left: box.left, top: box.top, width: box.width, height: box.height })
        .resize(box.outWidth, box.outHeight, { fit: 'fill' })
        .withIccProfile('srgb')
        .jpeg({ quality: 85, progressive: true })
        .toBuffer(),
    );
  }
  return made;
}
