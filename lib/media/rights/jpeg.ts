import type { ImageRights } from '@/lib/media/rights-metadata';
import { ascii, concat, malformed, readUint16BE, startsWith, uint16BE, utf8 } from './bytes';
import { PHOTOSHOP_HEADER, photoshopResources } from './iptc';

/**
 * Rights into a JPEG without recompressing it: only the APPn segments before the image data are rewritten. The XMP
 * packet goes in an APP1 segment and the IPTC block in a Photoshop APP13 segment, both right after SOI and the
 * leading APP0 (JFIF) and APP1 Exif segments, which their specifications want first. An existing XMP packet (with any
 * extended XMP, which belongs to it) and the IPTC block are replaced whole, not merged: these images' rights come
 * from the release, and a merge would keep stale credits beside new ones. Every other segment (Exif, ICC profile,
 * comments, tables) and everything from the first scan (SOS) to the end of the file are copied byte for byte.
 */
const XMP_HEADER = ascii('http://ns.adobe.com/xap/1.0/\0');
const EXTENDED_XMP_HEADER = ascii('http://ns.adobe.com/xmp/extension/\0');
const EXIF_HEADER = ascii('Exif\0');
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP13 = 0xed;
const SOS = 0xda;
/** A segment's length field counts itself: at most 65,535 bytes, 65,533 of payload. */
const MAX_PAYLOAD = 0xffff - 2;

type Segment = { marker: number; raw: Uint8Array; payload: Uint8Array };

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): the frame header every decodable JPEG has before its scan. */
const isFrameHeader = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

/** The segments between SOI and the first SOS, and where that scan starts. */
function headerSegments(bytes: Uint8Array): { segments: Segment[]; scanAt: number } {
  const segments: Segment[] = [];
  let at = 2;
  for (;;) {
    if (at >= bytes.length) malformed('JPEG', 'the file ends before its image data (SOS)');
    if (bytes[at] !== 0xff) malformed('JPEG', `no marker at byte ${at}`);
    let markerAt = at + 1;
    while (bytes[markerAt] === 0xff) markerAt++; // fill bytes before a marker are allowed
    const marker = bytes[markerAt] ?? malformed('JPEG', 'the file ends inside a marker');
    if (marker === SOS) {
      if (!segments.some((segment) => isFrameHeader(segment.marker))) malformed('JPEG', 'no frame header (SOF)');
      return { segments, scanAt: at };
    }
    if (marker === 0xd8 || marker === 0xd9) malformed('JPEG', `SOI or EOI at byte ${at} before the image data`);
    // TEM and RSTn stand alone; every other marker is followed by its length.
    const standalone = marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
    let end = markerAt + 1;
    if (!standalone) {
      const length = markerAt + 3 <= bytes.length ? readUint16BE(bytes, markerAt + 1) : 0;
      end += length;
      if (length < 2 || end > bytes.length)
        malformed('JPEG', `segment 0x${marker.toString(16)} at byte ${at} runs past the end of the file`);
    }
    segments.push({ marker, raw: bytes.subarray(at, end), payload: bytes.subarray(markerAt + 3, end) });
    at = end;
  }
}

function segment(marker: number, payload: Uint8Array): Uint8Array {
  if (payload.length > MAX_PAYLOAD) throw new Error(`The rights metadata is too long for one JPEG segment`);
  return concat([Uint8Array.of(0xff, marker), uint16BE(payload.length + 2), payload]);
}

const isXmp = (s: Segment) =>
  s.marker === APP1 && (startsWith(s.payload, XMP_HEADER) || startsWith(s.payload, EXTENDED_XMP_HEADER));
const isPhotoshop = (s: Segment) => s.marker === APP13 && startsWith(s.payload, PHOTOSHOP_HEADER);
const isLeading = (s: Segment) => s.marker === APP0 || (s.marker === APP1 && startsWith(s.payload, EXIF_HEADER));

export function embedInJpeg(bytes: Uint8Array, rights: ImageRights, xmp: string): Uint8Array<ArrayBuffer> {
  const { segments, scanAt } = headerSegments(bytes);
  const kept = segments.filter((s) => !isXmp(s) && !isPhotoshop(s));
  // Photoshop splits resources larger than one segment over consecutive APP13 segments; read as one, as ExifTool does.
  const existing = concat(segments.filter(isPhotoshop).map((s) => s.payload.subarray(PHOTOSHOP_HEADER.length)));
  const resources = photoshopResources(existing, rights);
  const app13: Uint8Array[] = [];
  const room = MAX_PAYLOAD - PHOTOSHOP_HEADER.length;
  for (let at = 0; at < resources.length; at += room)
    app13.push(segment(APP13, concat([PHOTOSHOP_HEADER, resources.subarray(at, at + room)])));
  const firstOther = kept.findIndex((s) => !isLeading(s));
  const insertAt = firstOther === -1 ? kept.length : firstOther;
  return concat([
    bytes.subarray(0, 2),
    ...kept.slice(0, insertAt).map((s) => s.raw),
    segment(APP1, concat([XMP_HEADER, utf8(xmp)])),
    ...app13,
    ...kept.slice(insertAt).map((s) => s.raw),
    bytes.subarray(scanAt),
  ]);
}
