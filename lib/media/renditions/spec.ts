import type { Rendition } from './names';

/**
 * The pixel size of each rendition of a release image, a pure function of the source's size, so that a page knows
 * a rendition's dimensions without making it. No rendition is larger than LONG_EDGE on its long side or enlarged
 * beyond its source. A crop is the largest centred region of its exact ratio in whole units (a 16:9 crop is 16k × 9k
 * pixels), scaled down in whole units, so the ratio is exact in the file too.
 */
const LONG_EDGE = 2048;

const ratios: Record<Exclude<Rendition, 'web'>, readonly [number, number]> = {
  '1x1': [1, 1],
  '4x5': [4, 5],
  '16x9': [16, 9],
  '4x3': [4, 3],
};

/** The region of the source to take (left, top, width, height) and the size it is scaled to. */
export type RenditionBox = {
  left: number;
  top: number;
  width: number;
  height: number;
  outWidth: number;
  outHeight: number;
};

export function renditionBox(width: number, height: number, rendition: Rendition): RenditionBox {
  if (rendition === 'web') {
    const scale = Math.min(1, LONG_EDGE / Math.max(width, height));
    return {
      left: 0,
      top: 0,
      width,
      height,
      outWidth: Math.round(width * scale),
      outHeight: Math.round(height * scale),
    };
  }
  const [w, h] = ratios[rendition];
  const units = Math.floor(Math.min(width / w, height / h));
  if (units < 1) throw new Error(`An image of ${width}×${height} is too small for a ${rendition} crop`);
  const outUnits = Math.min(units, Math.floor(LONG_EDGE / Math.max(w, h)));
  return {
    left: Math.floor((width - units * w) / 2),
    top: Math.floor((height - units * h) / 2),
    width: units * w,
    height: units * h,
    outWidth: outUnits * w,
    outHeight: outUnits * h,
  };
}
