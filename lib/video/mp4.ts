import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * What the site needs to know about an MP4 (ISO base media file), read from its boxes in plain TypeScript so that
 * neither the content check nor the server needs ffprobe: the duration (moov/mvhd), each track's kind (hdlr), codec
 * (the first stsd entry: avc1, mp4a, ...) and pixel size (tkhd), and whether the index (moov) comes before the
 * media data (mdat), which lets a browser start playing before the whole file has arrived ("faststart").
 * Only the top-level box headers and the moov box are read, so a large film costs a few kilobytes.
 */
type Mp4Track = { kind: 'video' | 'audio' | 'other'; codec: string; width: number; height: number };
export type Mp4Facts = { duration: number; tracks: Mp4Track[]; faststart: boolean };

/** Bytes from `offset` on, at most `length` of them (fewer at the end of the file). */
type Source = { size: number; read: (offset: number, length: number) => Uint8Array };

type Box = { type: string; start: number; body: number; end: number };

const ascii = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** Walks the boxes between `from` and `to`, each header read through `read`. */
function boxes(read: Source['read'], from: number, to: number): Box[] {
  const found: Box[] = [];
  for (let start = from; start < to;) {
    const header = read(start, 16);
    if (header.length < 8) throw new Error(`is truncated: a box header at byte ${start} is cut off`);
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    const type = ascii(header, 4);
    let size = view.getUint32(0);
    let body = start + 8;
    if (size === 1) {
      if (header.length < 16) throw new Error(`is truncated: the ${type} box at byte ${start} is cut off`);
      size = Number(view.getBigUint64(8));
      body = start + 16;
    } else if (size === 0) size = to - start;
    if (size < body - start)
      throw new Error(`is not a valid MP4 file: the ${type} box at byte ${start} has an impossible size (${size})`);
    if (start + size > to) {
      throw new Error(
        `is truncated: the ${type} box at byte ${start} needs ${size} bytes, but only ${to - start} are there`,
      );
    }
    found.push({ type, start, body, end: start + size });
    start += size;
  }
  return found;
}

function parseMoov(moov: Uint8Array): Omit<Mp4Facts, 'faststart'> {
  const view = new DataView(moov.buffer, moov.byteOffset, moov.byteLength);
  const read = (offset: number, length: number) => moov.subarray(offset, offset + length);
  const need = (box: Box, bytes: number) => {
    if (box.end - box.body < bytes) throw new Error(`is not a valid MP4 file: its ${box.type} box is too short`);
  };
  const child = (parent: Box | undefined, type: string) =>
    parent && boxes(read, parent.body, parent.end).find((box) => box.type === type);
  const children = (parent: Box, type: string) =>
    boxes(read, parent.body, parent.end).filter((box) => box.type === type);
  const root: Box = { type: 'moov', start: 0, body: 0, end: moov.length };

  const mvhd = child(root, 'mvhd');
  if (!mvhd) throw new Error('is not a valid MP4 file: its moov box has no mvhd box (the duration)');
  const longTimes = moov[mvhd.body] === 1;
  need(mvhd, longTimes ? 32 : 20);
  const timescale = view.getUint32(mvhd.body + (longTimes ? 20 : 12));
  const units = longTimes ? Number(view.getBigUint64(mvhd.body + 24)) : view.getUint32(mvhd.body + 16);
  if (!timescale) throw new Error('is not a valid MP4 file: its mvhd box gives a time scale of 0');

  const tracks = children(root, 'trak').map((trak): Mp4Track => {
    const tkhd = child(trak, 'tkhd');
    const mdia = child(trak, 'mdia');
    const hdlr = child(mdia, 'hdlr');
    const stsd = child(child(child(mdia, 'minf'), 'stbl'), 'stsd');
    if (!tkhd || !hdlr || !stsd) throw new Error('is not a valid MP4 file: a track lacks its tkhd, hdlr or stsd box');
    // tkhd ends with the width and height as 16.16 fixed-point numbers, whichever its version.
    need(tkhd, 84);
    need(hdlr, 12);
    need(stsd, 16);
    const handler = ascii(moov, hdlr.body + 8);
    return {
      kind: handler === 'vide' ? 'video' : handler === 'soun' ? 'audio' : 'other',
      codec: ascii(moov, stsd.body + 12),
      width: view.getUint32(tkhd.end - 8) >>> 16,
      height: view.getUint32(tkhd.end - 4) >>> 16,
    };
  });
  return { duration: units / timescale, tracks };
}

/** The facts of an MP4 held in memory. Throws an Error whose message completes "The file …". */
export function parseMp4(source: Source): Mp4Facts {
  // Checked before walking the boxes: another kind of file would read as a box of some absurd size.
  if (ascii(source.read(4, 4), 0) !== 'ftyp') throw new Error('is not an MP4 file: it does not start with an ftyp box');
  const top = boxes(source.read, 0, source.size);
  const moov = top.find((box) => box.type === 'moov');
  const mdat = top.find((box) => box.type === 'mdat');
  if (!moov) throw new Error('is not a playable MP4 file: it has no moov box (the index of its tracks)');
  if (!mdat) throw new Error('is not a playable MP4 file: it has no mdat box (the media data)');
  return { ...parseMoov(source.read(moov.body, moov.end - moov.body)), faststart: moov.start < mdat.start };
}

export const bytesSource = (bytes: Uint8Array): Source => ({
  size: bytes.length,
  read: (offset, length) => bytes.subarray(offset, offset + length),
});

/** The facts of an MP4 file on disk, reading only its box headers and its moov box. */
export function readMp4(file: string): Mp4Facts {
  const fd = openSync(file, 'r');
  try {
    const read = (offset: number, length: number) => {
      const buffer = new Uint8Array(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, offset));
    };
    return parseMp4({ size: fstatSync(fd).size, read });
  } finally {
    closeSync(fd);
  }
}
