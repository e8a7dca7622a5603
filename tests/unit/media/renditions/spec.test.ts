import { describe, expect, it } from 'vitest';
import { renditionBox } from '@/lib/media/renditions/spec';

describe('renditionBox', () => {
  it('gives each rendition of a 3000 × 2000 photo its promised size', () => {
    const sizes = (['web', '1x1', '4x5', '16x9', '4x3'] as const).map((r) => {
      const box = renditionBox(3000, 2000, r);
      return [r, box.outWidth, box.outHeight];
    });
    expect(sizes).toEqual([
      ['web', 2048, 1365],
      ['1x1', 2000, 2000],
      ['4x5', 1600, 2000],
      ['16x9', 2048, 1152],
      ['4x3', 2048, 1536],
    ]);
  });

  it('takes the largest centred region of the exact ratio', () => {
    expect(renditionBox(3000, 2000, '16x9')).toEqual({
      left: 4,
      top: 158,
      width: 2992,
      height: 1683,
      outWidth: 2048,
      outHeight: 1152,
    });
    expect(renditionBox(3000, 2000, '1x1')).toMatchObject({ left: 500, top: 0, width: 2000, height: 2000 });
    expect(renditionBox(6000, 4000, '4x5')).toMatchObject({
      width: 3200,
      height: 4000,
      outWidth: 1636,
      outHeight: 2045,
    });
  });

  it('never enlarges a small image', () => {
    expect(renditionBox(1200, 800, 'web')).toMatchObject({ outWidth: 1200, outHeight: 800 });
    expect(renditionBox(1200, 800, '16x9')).toMatchObject({ outWidth: 1200, outHeight: 675 });
    expect(renditionBox(800, 1200, 'web')).toMatchObject({ outWidth: 800, outHeight: 1200 });
  });

  it('refuses an image too small for a ratio, naming it', () => {
    expect(() => renditionBox(3, 2, '4x5')).toThrow('An image of 3×2 is too small for a 4x5 crop');
  });
});
