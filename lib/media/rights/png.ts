import { crc32 } from 'node:zlib';
import { ascii, concat, malformed, readUint32BE, startsWith, uint32BE, utf8 } from './bytes';

/**
 * Rights into a PNG: the XMP packet in an iTXt chunk with the keyword "XML:com.adobe.xmp" (XMP Specification part
 * 3), uncompressed as that part recommends, just before the first IDAT; any XMP already there is replaced. No
 * IPTC-IIM: PNG has no standard place for it (ImageMagick's "Raw profile type iptc" text chunk is a private
 * convention few readers know), while XMP in iTXt is what the XMP specification defines for PNG and what Adobe's
 * tools and ExifTool read and write. Every other chunk, the pixel data included, is copied byte for byte.
 */
export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const XMP_KEYWORD = ascii('XML:com.adobe.xmp\0');

type Chunk = { type: string; raw: Uint8Array; data: Uint8Array };

/**
 * Text chunks that readers take for XMP, all replaced: libvips (sharp) writes the keyword into a compressed zTXt,
 * ImageMagick writes "Raw profile type xmp"; ExifTool reads both, so a stale one would stand beside the new packet.
 */
const xmpKeywords = [XMP_KEYWORD, ascii('Raw profile type xmp\0')];
const isXmp = (c: Chunk) =>
  ['iTXt', 'zTXt', 'tEXt'].includes(c.type) && xmpKeywords.some((keyword) => startsWith(c.data, keyword));

function chunks(bytes: Uint8Array): { chunks: Chunk[]; end: number } {
  const found: Chunk[] = [];
  let at = PNG_SIGNATURE.length;
  while (found.at(-1)?.type !== 'IEND') {
    if (at + 12 > bytes.length) malformed('PNG', `the file ends at byte ${bytes.length} before its IEND chunk`);
    const length = readUint32BE(bytes, at);
    const end = at + 12 + length;
    if (end > bytes.length) malformed('PNG', `chunk at byte ${at} runs past the end of the file`);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) malformed('PNG', `no chunk type at byte ${at + 4}`);
    found.push({ type, raw: bytes.subarray(at, end), data: bytes.subarray(at + 8, end - 4) });
    at = end;
  }
  if (found[0]?.type !== 'IHDR') malformed('PNG', 'the first chunk is not IHDR');
  return { chunks: found, end: at };
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typeBytes = ascii(type);
  return concat([uint32BE(data.length), typeBytes, data, uint32BE(crc32(data, crc32(typeBytes)))]);
}

export function embedInPng(bytes: Uint8Array, xmp: string): Uint8Array<ArrayBuffer> {
  const { chunks: all, end } = chunks(bytes);
  const kept = all.filter((c) => !isXmp(c));
  const firstIdat = kept.findIndex((c) => c.type === 'IDAT');
  if (firstIdat === -1) malformed('PNG', 'no image data (IDAT)');
  // iTXt after the keyword: compression flag and method 0 (none), then an empty language tag and translated keyword.
  const itxt = chunk('iTXt', concat([XMP_KEYWORD, Uint8Array.of(0, 0, 0, 0), utf8(xmp)]));
  return concat([
    bytes.subarray(0, PNG_SIGNATURE.length),
    ...kept.slice(0, firstIdat).map((c) => c.raw),
    itxt,
    ...kept.slice(firstIdat).map((c) => c.raw),
    // Bytes after IEND are no part of the PNG; decoders ignore them, and they are kept like the rest.
    bytes.subarray(end),
  ]);
}
