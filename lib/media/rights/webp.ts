import { ascii, concat, malformed, readUint32LE, uint32LE, utf8 } from './bytes';

/**
 * Rights into a WebP: the XMP packet in an "XMP " chunk of the extended format, with the XMP flag set in its VP8X
 * header (WebP container specification). A simple WebP (one VP8 or VP8L bitstream) becomes extended as the
 * specification describes, with the canvas size read from the bitstream's header; the bitstream itself and every
 * other chunk are copied byte for byte. An existing "XMP " chunk is replaced.
 */
const XMP_FLAG = 0x04;
const ALPHA_FLAG = 0x10;
/** Chunks that the specification orders before XMP; unknown chunks may follow it. */
const beforeXmp = new Set(['VP8X', 'ICCP', 'ANIM', 'ANMF', 'ALPH', 'VP8 ', 'VP8L', 'EXIF']);

type Chunk = { fourcc: string; raw: Uint8Array; data: Uint8Array };

function chunks(bytes: Uint8Array, end: number): Chunk[] {
  const found: Chunk[] = [];
  for (let at = 12; at < end;) {
    if (at + 8 > end) malformed('WebP', `chunk header at byte ${at} runs past the RIFF size`);
    const size = readUint32LE(bytes, at + 4);
    // Chunks are padded to an even size; the pad byte is not counted in the size.
    const next = at + 8 + size + (size % 2);
    if (next > end) malformed('WebP', `chunk at byte ${at} runs past the RIFF size`);
    const fourcc = String.fromCharCode(...bytes.subarray(at, at + 4));
    found.push({ fourcc, raw: bytes.subarray(at, next), data: bytes.subarray(at + 8, at + 8 + size) });
    at = next;
  }
  return found;
}

const chunk = (fourcc: string, data: Uint8Array) =>
  concat([ascii(fourcc), uint32LE(data.length), data, new Uint8Array(data.length % 2)]);

const uint24LE = (value: number) => Uint8Array.of(value & 0xff, (value >>> 8) & 0xff, value >>> 16);

/** The VP8X header of a simple WebP: canvas size from the bitstream, alpha flag from a lossless one's header. */
function extendedHeader(image: Chunk): Uint8Array {
  const { fourcc, data } = image;
  let width: number;
  let height: number;
  let flags = XMP_FLAG;
  if (fourcc === 'VP8 ') {
    // A key frame: 3 bytes of frame tag, the start code 9d 01 2a, then 14-bit width and height (RFC 6386, 9.1).
    if (data.length < 10 || (data[0] ?? 1) & 1 || data[3] !== 0x9d || data[4] !== 0x01 || data[5] !== 0x2a)
      malformed('WebP', 'the VP8 bitstream does not start with a key frame header');
    width = ((data[6] ?? 0) | ((data[7] ?? 0) << 8)) & 0x3fff;
    height = ((data[8] ?? 0) | ((data[9] ?? 0) << 8)) & 0x3fff;
    if (!width || !height) malformed('WebP', `the VP8 bitstream says its frame is ${width}×${height}`);
  } else {
    // The signature 0x2f, then 14 bits of width - 1, 14 of height - 1 and the alpha hint (WebP lossless, 3.2).
    if (data.length < 5 || data[0] !== 0x2f) malformed('WebP', 'the VP8L bitstream has no lossless signature');
    const bits = readUint32LE(data, 1);
    width = (bits & 0x3fff) + 1;
    height = ((bits >>> 14) & 0x3fff) + 1;
    if ((bits >>> 28) & 1) flags |= ALPHA_FLAG;
  }
  return chunk('VP8X', concat([Uint8Array.of(flags, 0, 0, 0), uint24LE(width - 1), uint24LE(height - 1)]));
}

export function embedInWebp(bytes: Uint8Array, xmp: string): Uint8Array<ArrayBuffer> {
  const riffEnd = 8 + readUint32LE(bytes, 4);
  if (riffEnd > bytes.length) malformed('WebP', `the RIFF size says ${riffEnd} bytes, the file has ${bytes.length}`);
  const [first, ...others] = chunks(bytes, riffEnd).filter((c) => c.fourcc !== 'XMP ');
  const extended = first?.fourcc === 'VP8X';
  const simple = (first?.fourcc === 'VP8 ' || first?.fourcc === 'VP8L') && others.length === 0;
  if (!first || !(extended || simple))
    malformed('WebP', `the first chunk is ${first ? `"${first.fourcc}"` : 'missing'}, not VP8X, or VP8 or VP8L alone`);
  if (extended && first.data.length < 10) malformed('WebP', 'the VP8X chunk is too short');
  const header = extended ? first.raw.slice() : extendedHeader(first);
  if (extended) header[8] = (header[8] ?? 0) | XMP_FLAG; // the flags byte, after fourcc and size
  const rest = extended ? others : [first];
  const lastBefore = rest.findLastIndex((c) => beforeXmp.has(c.fourcc)) + 1;
  const body = concat([
    ascii('WEBP'),
    header,
    ...rest.slice(0, lastBefore).map((c) => c.raw),
    chunk('XMP ', utf8(xmp)),
    ...rest.slice(lastBefore).map((c) => c.raw),
  ]);
  // Bytes after the RIFF's end are no part of the WebP; decoders ignore them, and they are kept like the rest.
  return concat([ascii('RIFF'), uint32LE(body.length), body, bytes.subarray(riffEnd)]);
}
