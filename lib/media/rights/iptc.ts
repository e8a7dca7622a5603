import { createHash } from 'node:crypto';
import type { ImageRights } from '@/lib/media/rights-metadata';
import { ascii, concat, malformed, readUint16BE, readUint32BE, startsWith, uint16BE, uint32BE, utf8 } from './bytes';

/**
 * IPTC-IIM, the older of the two places photo desks read credits from (Photo Mechanic, newswire systems, older
 * Photoshop), in the Photoshop image resources of a JPEG's APP13 segment.
 *
 * Each field with its IIM dataset and maximum length in bytes (IPTC-NAA IIM 4.2). A value longer than that is left
 * out of IIM rather than cut: a cut credit or copyright notice would be a wrong one, and a cut could split a UTF-8
 * character. The full value is in the XMP packet, which readers prefer when the IPTC digest (below) matches.
 */
const datasets = [
  { number: 40, field: 'instructions', max: 256 },
  { number: 105, field: 'headline', max: 256 },
  { number: 110, field: 'credit', max: 32 },
  { number: 115, field: 'source', max: 32 },
  { number: 116, field: 'copyright', max: 128 },
] as const;

/** 1:90 CodedCharacterSet "ESC % G": the values are UTF-8, so that Chinese and Arabic credits survive. */
const UTF8_CHARSET = Uint8Array.of(0x1b, 0x25, 0x47);
/** 2:00 RecordVersion 4, which IIM requires first in record 2. */
const RECORD_VERSION = uint16BE(4);

const dataset = (record: number, number: number, data: Uint8Array) =>
  concat([Uint8Array.of(0x1c, record, number), uint16BE(data.length), data]);

/** The IIM datasets of the rights, in record and dataset order as IIM requires. */
function iimBlock(rights: ImageRights): Uint8Array {
  const fields = datasets.flatMap(({ number, field, max }) => {
    const text = rights[field];
    if (text === undefined) return [];
    const value = utf8(text);
    return value.length <= max ? [dataset(2, number, value)] : [];
  });
  return concat([dataset(1, 90, UTF8_CHARSET), dataset(2, 0, RECORD_VERSION), ...fields]);
}

export const PHOTOSHOP_HEADER = ascii('Photoshop 3.0\0');
const SIGNATURE = ascii('8BIM');
const IPTC_NAA = 0x0404;
/** The MD5 of the IPTC block: when it matches, readers know IIM and XMP were written together and prefer XMP. */
const IPTC_DIGEST = 0x0425;

/** One image resource: signature, id, empty Pascal name (padded to even), size, data padded to even. */
const resource = (id: number, data: Uint8Array) =>
  concat([SIGNATURE, uint16BE(id), Uint8Array.of(0, 0), uint32BE(data.length), data, new Uint8Array(data.length % 2)]);

/**
 * Photoshop image resources with the rights' IPTC block and digest: the existing resources (resolution, paths,
 * thumbnails, ...) are kept byte for byte in their order, an existing IPTC block and digest are replaced, and the
 * new ones go last, so that writing again changes nothing else. Throws on resources that do not parse: their
 * blocks could not be told apart to keep them.
 */
export function photoshopResources(existing: Uint8Array, rights: ImageRights): Uint8Array {
  const kept: Uint8Array[] = [];
  let at = 0;
  while (at < existing.length) {
    // The name is a Pascal string (length byte first) padded to an even length.
    const nameLength = existing[at + 6] ?? 0;
    const sizeAt = at + 6 + ((nameLength + 2) & ~1);
    if (sizeAt + 4 > existing.length) malformed('JPEG', `Photoshop resource at byte ${at} of APP13 is truncated`);
    const size = readUint32BE(existing, sizeAt);
    const end = sizeAt + 4 + size + (size % 2);
    if (end > existing.length) malformed('JPEG', `Photoshop resource at byte ${at} of APP13 runs past its end`);
    if (!startsWith(existing, SIGNATURE, at) || ![IPTC_NAA, IPTC_DIGEST].includes(readUint16BE(existing, at + 4)))
      kept.push(existing.subarray(at, end));
    at = end;
  }
  const iim = iimBlock(rights);
  const digest = createHash('md5').update(iim).digest();
  return concat([...kept, resource(IPTC_NAA, iim), resource(IPTC_DIGEST, digest)]);
}
