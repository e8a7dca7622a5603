/**
 * A JPEG's metadata segments (APPn and COM, as "APP1 Exif", "APP13 Photoshop 3.0", "COM ..."), in file order, and
 * the bytes from the first other segment (tables, frame header, scans) on: what a re-encode would change and a
 * metadata writer must not. Written apart from lib/media/rights/jpeg.ts, so that the two do not share a mistake.
 */
export function jpegHeader(jpeg: Uint8Array): { segments: string[]; rest: Uint8Array } {
  const segments: string[] = [];
  let at = 2;
  for (let marker = jpeg[at + 1] ?? 0; (marker & 0xf0) === 0xe0 || marker === 0xfe; marker = jpeg[at + 1] ?? 0) {
    const length = ((jpeg[at + 2] ?? 0) << 8) | (jpeg[at + 3] ?? 0);
    const id = Buffer.from(jpeg.subarray(at + 4, at + 2 + length))
      .toString('latin1')
      .split('\0')[0];
    segments.push(`${marker === 0xfe ? 'COM' : `APP${marker - 0xe0}`} ${id}`);
    at += 2 + length;
  }
  return { segments, rest: jpeg.subarray(at) };
}
