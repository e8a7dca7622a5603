import { describe, expect, it } from 'vitest';
import { cropBox } from '@/lib/media/crops';

describe('image crops', () => {
  it('takes the largest centred region of the exact ratio and scales it to at most 1200 wide', () => {
    expect(cropBox(3000, 2000, '16x9')).toEqual({
      left: 4,
      top: 158,
      width: 2992,
      height: 1683,
      outWidth: 1200,
      outHeight: 675,
    });
    expect(cropBox(3000, 2000, '1x1')).toEqual({
      left: 500,
      top: 0,
      width: 2000,
      height: 2000,
      outWidth: 1200,
      outHeight: 1200,
    });
    expect(cropBox(3000, 2000, '4x3')).toMatchObject({ width: 2664, height: 1998, outWidth: 1200, outHeight: 900 });
    const small = cropBox(640, 480, '16x9');
    expect(small.outWidth / small.outHeight).toBe(16 / 9);
    expect(small.outWidth).toBeLessThanOrEqual(640);
  });
});
