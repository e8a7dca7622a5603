/** Byte helpers shared by the container writers (JPEG, PNG, WebP) and the IPTC encoder. */

export const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export const startsWith = (bytes: Uint8Array, prefix: Uint8Array, at = 0) =>
  bytes.length - at >= prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Big- and little-endian integers; callers check the bounds first, to name what is missing when they are short. */
export const readUint16BE = (bytes: Uint8Array, at: number) => view(bytes).getUint16(at);
export const readUint32BE = (bytes: Uint8Array, at: number) => view(bytes).getUint32(at);
export const readUint32LE = (bytes: Uint8Array, at: number) => view(bytes).getUint32(at, true);

export const uint16BE = (value: number) => Uint8Array.of(value >>> 8, value & 0xff);
export const uint32BE = (value: number) =>
  Uint8Array.of(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
export const uint32LE = (value: number) => uint32BE(value).reverse();

/** The error every writer throws for input it will not touch: which format, where and what was wrong. */
export function malformed(format: 'JPEG' | 'PNG' | 'WebP', problem: string): never {
  throw new Error(`Cannot write rights metadata into this ${format}: ${problem}`);
}
