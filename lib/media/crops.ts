import { cropRatios, type CropRatio } from '@/lib/routing';

/**
 * The crop of a release image in one aspect ratio: the largest centred region of that ratio, scaled down to at
 * most CROP_WIDTH wide. Widths are whole multiples of the ratio's width so that the ratio is exact in pixels
 * (Google asks for 1:1, 4:3 and 16:9 images of at least 50,000 pixels for article rich results).
 */
const CROP_WIDTH = 1200;

const parts: Record<CropRatio, readonly [number, number]> = { '1x1': [1, 1], '4x3': [4, 3], '16x9': [16, 9] };

export const parseCropRatio = (value: string): CropRatio | undefined => cropRatios.find((r) => r === value);

export type CropBox = { left: number; top: number; width: number; height: number; outWidth: number; outHeight: number };

export function cropBox(width: number, height: number, ratio: CropRatio): CropBox {
  const [w, h] = parts[ratio];
  const units = Math.floor(Math.min(width / w, height / h));
  if (units < 1) throw new Error(`An image of ${width}×${height} is too small for a ${ratio} crop`);
  const box = { width: units * w, height: units * h };
  const outUnits = Math.min(units, Math.floor(CROP_WIDTH / w));
  return {
    ...box,
    left: Math.floor((width - box.width) / 2),
    top: Math.floor((height - box.height) / 2),
    outWidth: outUnits * w,
    outHeight: outUnits * h,
  };
}
