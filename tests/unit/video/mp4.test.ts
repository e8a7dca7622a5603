import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesSource, parseMp4, readMp4 } from '@/lib/video/mp4';

/**
 * The box reader against the committed sample b-roll (made by npm run make:broll; its layout is ftyp 32 B, moov
 * 8,948 B, free 8 B, mdat 402,180 B) and against copies cut or rearranged byte by byte.
 */
const folder = path.resolve('content/releases/2025-07-15-first-half-2025');
const fullHd = readFileSync(path.join(folder, 'b-roll.mp4'));
const parse = (bytes: Uint8Array) => parseMp4(bytesSource(bytes));

/** A box of `type` holding `body`. */
function box(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + body.length);
  new DataView(out.buffer).setUint32(0, out.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(body, 8);
  return out;
}
const ftyp = fullHd.subarray(0, 32);
const moov = fullHd.subarray(32, 32 + 8948);
const mdat = fullHd.subarray(8988);

describe('readMp4', () => {
  it('reads the duration, each track and faststart of the 1080p and 720p sample b-roll', () => {
    expect(readMp4(path.join(folder, 'b-roll.mp4'))).toEqual({
      duration: 10,
      tracks: [
        { kind: 'video', codec: 'avc1', width: 1920, height: 1080 },
        { kind: 'audio', codec: 'mp4a', width: 0, height: 0 },
      ],
      faststart: true,
    });
    expect(readMp4(path.join(folder, 'b-roll-720p.mp4'))).toEqual({
      duration: 10,
      tracks: [
        { kind: 'video', codec: 'avc1', width: 1280, height: 720 },
        { kind: 'audio', codec: 'mp4a', width: 0, height: 0 },
      ],
      faststart: true,
    });
  });

  it('reads the file from memory as from disk', () => {
    expect(parse(fullHd)).toEqual(readMp4(path.join(folder, 'b-roll.mp4')));
  });
});

describe('parseMp4', () => {
  it('tells a file whose index comes after its media data (no faststart)', () => {
    expect(parse(Buffer.concat([ftyp, mdat, moov])).faststart).toBe(false);
  });

  it('follows a box with a 64-bit size', () => {
    const large = new Uint8Array(24);
    const view = new DataView(large.buffer);
    view.setUint32(0, 1);
    large.set(Buffer.from('free', 'latin1'), 4);
    view.setBigUint64(8, 24n);
    expect(parse(Buffer.concat([ftyp, large, moov, mdat])).duration).toBe(10);
  });

  it('names a cut-off file with the box and the bytes missing', () => {
    expect(() => parse(fullHd.subarray(0, 5000))).toThrow(
      'is truncated: the moov box at byte 32 needs 8948 bytes, but only 4968 are there',
    );
    expect(() => parse(fullHd.subarray(0, 100_000))).toThrow(
      'is truncated: the mdat box at byte 8988 needs 402180 bytes, but only 91012 are there',
    );
    expect(() => parse(fullHd.subarray(0, 36))).toThrow('is truncated: a box header at byte 32 is cut off');
  });

  it('refuses another kind of file, and an MP4 without its index or media data', () => {
    expect(() => parse(readFileSync(path.join(folder, 'b-roll.jpg')))).toThrow(
      'is not an MP4 file: it does not start with an ftyp box',
    );
    expect(() => parse(Buffer.concat([ftyp, mdat]))).toThrow(
      'is not a playable MP4 file: it has no moov box (the index of its tracks)',
    );
    expect(() => parse(Buffer.concat([ftyp, moov]))).toThrow(
      'is not a playable MP4 file: it has no mdat box (the media data)',
    );
    expect(() => parse(Buffer.concat([ftyp, box('moov', new Uint8Array(0)), mdat]))).toThrow(
      'is not a valid MP4 file: its moov box has no mvhd box (the duration)',
    );
  });

  it('reads a box size smaller than its header as invalid, not as an endless loop', () => {
    const bad = Buffer.concat([ftyp, new Uint8Array([0, 0, 0, 4, 0x66, 0x72, 0x65, 0x65])]);
    expect(() => parse(bad)).toThrow('is not a valid MP4 file: the free box at byte 32 has an impossible size (4)');
  });
});
