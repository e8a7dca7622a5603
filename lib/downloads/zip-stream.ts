import type { Writable } from 'node:stream';
import { Zip, ZipPassThrough } from 'fflate';

/**
 * ZIP archives streamed to a response with their exact length known before the first byte, so that a browser's
 * download manager shows progress (the basket, the press kits). Every entry is stored, not deflated: only then is
 * the archive's length a sum of the entries' sizes. fflate writes, per entry, a 30-byte local header, the UTF-8 path
 * (flagged as UTF-8 when it is not ASCII), the data and a 16-byte data descriptor; then, per entry, a 46-byte central
 * directory header with the path again; then the 22-byte end record. No extra fields, no comments and no Zip64: an
 * archive holds fewer than 65,535 entries and stays under 4 GiB, and zipLength refuses more.
 */

/** An entry's data: whole (an image with its rights written in) or in chunks (a file read from disk). */
export type ZipSource = () => Uint8Array | Promise<Uint8Array> | AsyncIterable<Uint8Array>;

export type ZipEntry = {
  path: string;
  /** The number of bytes `source` gives; writeZip aborts when they differ. */
  size: number;
  source: ZipSource;
  /** The instant recorded as the entry's modification time, when it is not the archive's. */
  mtime?: string;
};

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

const maxEntries = 0xffff - 1;
const maxLength = 2 ** 32 - 1;

/** The archive's length in bytes; throws where the archive could not be written without Zip64, or is ambiguous. */
export function zipLength(entries: readonly Pick<ZipEntry, 'path' | 'size'>[]): number {
  if (entries.length > maxEntries) throw new Error(`a ZIP holds at most ${maxEntries} entries, not ${entries.length}`);
  const paths = new Set<string>();
  let length = 22;
  for (const { path, size } of entries) {
    const n = byteLength(path);
    if (n === 0 || n > 0xffff) throw new Error(`"${path}" cannot name a ZIP entry (1 to 65,535 UTF-8 bytes)`);
    if (paths.has(path)) throw new Error(`"${path}" names two ZIP entries`);
    if (!Number.isSafeInteger(size) || size < 0) throw new Error(`"${path}" has no size in bytes (${size})`);
    paths.add(path);
    length += 30 + n + size + 16 + 46 + n;
  }
  if (length > maxLength) throw new Error(`a ZIP without Zip64 stays under 4 GiB; this one would be ${length} bytes`);
  return length;
}

/**
 * fflate writes DOS timestamps from a Date's local fields; a Date whose local fields are the instant's UTC fields
 * makes every server write the same bytes, whatever its time zone.
 */
function zipTime(iso: string): Date {
  const at = new Date(iso);
  return new Date(
    at.getUTCFullYear(),
    at.getUTCMonth(),
    at.getUTCDate(),
    at.getUTCHours(),
    at.getUTCMinutes(),
    at.getUTCSeconds(),
  );
}

async function* chunksOf(source: ZipSource): AsyncIterable<Uint8Array> {
  const value = source();
  if (value instanceof Uint8Array) yield value;
  else if (Symbol.asyncIterator in value) yield* value;
  else yield await value;
}

/** Resolves once the sink wants more data or can take none (closed or failed). */
function drained(sink: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      sink.off('drain', done);
      sink.off('close', done);
      sink.off('error', done);
      resolve();
    };
    sink.on('drain', done);
    sink.on('close', done);
    sink.on('error', done);
  });
}

/** Adds one entry, its data checked against its planned size before each chunk is passed on. */
async function writeEntry(zip: Zip, entry: ZipEntry, mtime: string, sink: Writable, gone: () => boolean) {
  const file = new ZipPassThrough(entry.path);
  file.mtime = zipTime(entry.mtime ?? mtime);
  zip.add(file);
  let written = 0;
  try {
    for await (const chunk of chunksOf(entry.source)) {
      written += chunk.byteLength;
      if (gone() || written > entry.size) break;
      file.push(chunk);
      if (sink.writableNeedDrain) await drained(sink);
    }
  } catch (cause) {
    throw new Error(`the data of "${entry.path}" could not be read`, { cause });
  }
  if (gone()) return;
  if (written !== entry.size) {
    throw new Error(
      `"${entry.path}" has ${written > entry.size ? 'more' : 'fewer'} bytes than the ${entry.size} planned`,
    );
  }
  file.push(new Uint8Array(0), true);
}

/**
 * Writes the archive of `entries`, in their order, to `sink` and ends it; `mtime` (an ISO instant) is every entry's
 * modification time unless the entry names its own. Awaits `drain` whenever the sink's buffer is full, so memory
 * holds about one chunk. When an entry's bytes differ from its planned size, or its source fails, the sink is
 * destroyed with that error before any wrong byte is written (a truncated download, never a wrong archive) and the
 * promise rejects: give a sink that is not an HTTP response an 'error' listener. Resolves 'written', or 'closed' as
 * soon as the sink closed early (the client left), reading no further source.
 */
export async function writeZip(
  entries: readonly ZipEntry[],
  mtime: string,
  sink: Writable,
): Promise<'written' | 'closed'> {
  zipLength(entries);
  const gone = () => sink.destroyed || sink.writableEnded;
  // fflate reports an error by throwing (a date before 1980) or through this callback, which throws it on into the
  // entry being written: either way it ends in the catch below.
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    if (!gone()) sink.write(chunk);
  });
  try {
    for (const entry of entries) {
      if (gone()) break;
      await writeEntry(zip, entry, mtime, sink, gone);
    }
  } catch (error) {
    zip.terminate();
    sink.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  if (gone()) {
    zip.terminate();
    return 'closed';
  }
  zip.end();
  sink.end();
  return 'written';
}
