import { ascii, startsWith } from './rights/bytes';
import { embedInJpeg } from './rights/jpeg';
import { embedInPng, PNG_SIGNATURE } from './rights/png';
import { embedInWebp } from './rights/webp';
import { xmpPacket } from './rights/xmp';

/**
 * An image's rights as photo desks read them from the file: each field names the IPTC Photo Metadata property it
 * fills, with the XMP property and, in JPEGs, the IPTC-IIM dataset (left out of IIM when longer than IIM allows).
 * Every field is required and non-empty: a file that claims rights must carry all of them.
 */
export type ImageRights = {
  /** Headline: the release's title. XMP photoshop:Headline, IIM 2:105 (at most 256 bytes). */
  headline: string;
  /** Credit Line: who to credit when the image is published. XMP photoshop:Credit, IIM 2:110 (32 bytes). */
  credit: string;
  /** Copyright Notice: "© 2025 smart Europe GmbH". XMP dc:rights (x-default), IIM 2:116 (128 bytes). */
  copyright: string;
  /** Rights Usage Terms: what a publisher may do with the image. XMP xmpRights:UsageTerms; no IIM dataset. */
  usageTerms: string;
  /** Web Statement of Rights: the URL of a page stating the rights. XMP xmpRights:WebStatement; no IIM dataset. */
  webStatement: string;
  /** Source (supply chain): the party that supplied the image. XMP photoshop:Source, IIM 2:115 (32 bytes). */
  source: string;
  /**
   * Instructions: a picture supplied under embargo says so, to whom and until when (lib/early-access/). XMP
   * photoshop:Instructions, IIM 2:40 (256 bytes). Left out of any other picture.
   */
  instructions?: string;
  /**
   * The language the usage terms are written in (a BCP 47 tag such as "de" or "zh-Hans"): they are written as the
   * default (x-default) and under this language, so that a reader asking for it finds them.
   */
  language?: string;
};

const required = ['headline', 'credit', 'copyright', 'usageTerms', 'webStatement', 'source'] as const;
/** Characters that XML 1.0 cannot hold, even escaped (C0 controls other than tab, line feed and carriage return). */
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const languageTag = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

function checkRights(rights: ImageRights): void {
  for (const field of required) {
    const value = rights[field];
    if (value.trim() === '') throw new Error(`Image rights: ${field} is empty`);
    if (notXml.test(value)) throw new Error(`Image rights: ${field} holds a control character that XMP cannot hold`);
  }
  if (rights.instructions !== undefined && (rights.instructions.trim() === '' || notXml.test(rights.instructions)))
    throw new Error('Image rights: instructions are empty or hold a control character that XMP cannot hold');
  if (rights.language !== undefined && !languageTag.test(rights.language))
    throw new Error(`Image rights: language "${rights.language}" is not a language tag`);
}

const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');

/**
 * The image with its rights written in as IPTC and XMP metadata, without recompressing it: only metadata segments
 * or chunks are added or replaced, and every other byte is copied (see rights/jpeg.ts, rights/png.ts and
 * rights/webp.ts for what each format gets). The format is told from the bytes, not from a file name. Writing into
 * a file that already carries rights replaces them, giving the same bytes as writing into the original once: files
 * do not grow. Throws, naming the problem, on rights that cannot be written and on anything but a well-formed JPEG,
 * PNG or WebP container; the compressed image data itself is not decoded (that is for the reader's decoder).
 */
export function embedRights(bytes: Uint8Array, rights: ImageRights): Uint8Array<ArrayBuffer> {
  checkRights(rights);
  if (startsWith(bytes, Uint8Array.of(0xff, 0xd8, 0xff))) return embedInJpeg(bytes, rights, xmpPacket(rights));
  if (startsWith(bytes, PNG_SIGNATURE)) return embedInPng(bytes, xmpPacket(rights));
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return embedInWebp(bytes, xmpPacket(rights));
  const start = Array.from(bytes.subarray(0, 4), (byte) => byte.toString(16).padStart(2, '0')).join(' ');
  throw new Error(`Cannot write rights metadata: not a JPEG, PNG or WebP image (it starts with ${start || 'nothing'})`);
}
