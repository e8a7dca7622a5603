import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeZip, zipLength, type ZipEntry } from '@/lib/downloads/zip-stream';
import { collectSink } from '@/tests/support/collect-sink';

const text = (value: string) => new TextEncoder().encode(value);
/** `count` bytes counting up from `from`, in chunks of `chunk` bytes, given one turn apart like a file read. */
async function* counting(count: number, chunk: number, from = 0): AsyncIterable<Uint8Array> {
  for (let at = 0; at < count; at += chunk) {
    await new Promise((resolve) => setImmediate(resolve));
    yield Uint8Array.from({ length: Math.min(chunk, count - at) }, (_, i) => (from + at + i) % 251);
  }
}
const mtime = '2025-07-15T10:00:00+08:00';

const entries: ZipEntry[] = [
  { path: 'README.txt', size: 5, source: () => text('hello') },
  { path: 'first-half-2025/hero.jpg', size: 10_000, source: () => counting(10_000, 4096) },
  { path: 'smart-5/فيديو.ar.vtt', size: 11, source: async () => text('WEBVTT\n\n00:') },
  { path: 'smart-5/gallery-1-1x1.jpg', size: 0, source: () => new Uint8Array() },
  { path: 'Größe/图片.pdf', size: 3_000, source: () => counting(3_000, 1000, 7), mtime: '2024-02-29T23:59:58Z' },
];

async function streamed(list: readonly ZipEntry[]) {
  const out = collectSink();
  const result = await writeZip(list, mtime, out.sink);
  await out.finished;
  return { result, bytes: out.bytes(), peak: out.state.peak };
}

describe('zipLength', () => {
  it('is the sum of headers, paths, data and descriptors, counting UTF-8 bytes of each path', () => {
    expect(zipLength([])).toBe(22);
    // 30 + 10 + 5 + 16 for the entry, 46 + 10 in the central directory, 22 for the end record.
    expect(zipLength([{ path: 'README.txt', size: 5 }])).toBe(139);
    // "فيديو" is 5 letters and 10 bytes in UTF-8.
    expect(zipLength([{ path: 'فيديو.vtt', size: 1 }])).toBe(30 + 14 + 1 + 16 + 46 + 14 + 22);
    // Data 13,016 bytes; paths 10 + 24 + 25 + 25 + 18 = 102 bytes, written twice; 92 bytes of headers per entry.
    expect(zipLength(entries)).toBe(13_702);
  });

  it('refuses what needs Zip64 or names an entry twice', () => {
    expect(() => zipLength([{ path: 'big.mp4', size: 2 ** 32 }])).toThrow(
      'a ZIP without Zip64 stays under 4 GiB; this one would be 4294967424 bytes',
    );
    const many = Array.from({ length: 65_535 }, (_, i) => ({ path: `${i}`, size: 0 }));
    expect(() => zipLength(many)).toThrow('a ZIP holds at most 65534 entries, not 65535');
    expect(() => zipLength([...many.slice(0, 2), { path: '1', size: 3 }])).toThrow('"1" names two ZIP entries');
    expect(() => zipLength([{ path: '', size: 0 }])).toThrow('"" cannot name a ZIP entry (1 to 65,535 UTF-8 bytes)');
    expect(() => zipLength([{ path: 'a', size: -1 }])).toThrow('"a" has no size in bytes (-1)');
  });
});

describe('writeZip', () => {
  it('streams exactly zipLength bytes that unzip to every entry, stored, with UTF-8 paths', async () => {
    const { result, bytes, peak } = await streamed(entries);
    expect(result).toBe('written');
    // Drain awaited: the sink never held more than its 1,024-byte buffer and one 4,096-byte chunk with a header.
    expect(peak).toBeLessThanOrEqual(1024 + 4096 + 54);
    expect(bytes.byteLength).toBe(zipLength(entries));
    const methods: Record<string, number> = {};
    const files = unzipSync(bytes, { filter: (info) => ((methods[info.name] = info.compression), true) });
    expect(Object.keys(files)).toEqual(entries.map((entry) => entry.path));
    expect(Object.values(methods)).toEqual([0, 0, 0, 0, 0]);
    expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toBe('hello');
    expect(files['first-half-2025/hero.jpg']?.[4097]).toBe(4097 % 251);
    expect(files['Größe/图片.pdf']?.[0]).toBe(7);
    expect(files['smart-5/gallery-1-1x1.jpg']).toEqual(new Uint8Array());
  });

  it('sets the UTF-8 flag on non-ASCII paths only, and the instants in UTC whatever the server zone', async () => {
    const { bytes } = await streamed(entries);
    const view = new DataView(bytes.buffer);
    // Local headers, in order: README.txt at 0, hero.jpg after README's 30 + 10 + 5 + 16 bytes.
    expect(view.getUint16(6, true)).toBe(0x0008);
    const arabic = 61 + 30 + 24 + 10_000 + 16;
    expect(view.getUint32(arabic, true)).toBe(0x04034b50);
    expect(view.getUint16(arabic + 6, true)).toBe(0x0808);
    // DOS date and time of 2025-07-15 02:00:00 UTC.
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([
      0x1000,
      ((2025 - 1980) << 9) | (7 << 5) | 15,
    ]);
  });

  it('writes the same bytes in any server time zone', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = (await streamed(entries)).bytes;
      process.env.TZ = 'Asia/Shanghai';
      expect((await streamed(entries)).bytes).toEqual(west);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('destroys the sink before a byte too many, or when bytes are missing, naming the entry', async () => {
    for (const [size, message] of [
      [9_999, '"first-half-2025/hero.jpg" has more bytes than the 9999 planned'],
      [10_001, '"first-half-2025/hero.jpg" has fewer bytes than the 10001 planned'],
    ] as const) {
      const out = collectSink();
      const wrong = entries.map((entry, i) => (i === 1 ? { ...entry, size } : entry));
      await expect(writeZip(wrong, mtime, out.sink)).rejects.toThrow(message);
      await out.finished;
      expect(out.state.error?.message).toBe(message);
      expect(out.sink.destroyed).toBe(true);
      // At most README.txt, hero.jpg's header and its planned size of data: never the byte too many.
      expect(out.bytes().byteLength).toBeLessThanOrEqual(61 + 30 + 24 + size);
    }
  });

  it('destroys the sink when a source fails', async () => {
    const out = collectSink();
    const failing: ZipEntry = { path: 'a.pdf', size: 4, source: () => Promise.reject(new Error('EACCES')) };
    await expect(writeZip([failing], mtime, out.sink)).rejects.toThrow('the data of "a.pdf" could not be read');
    await out.finished;
    expect(out.state.error?.cause).toEqual(new Error('EACCES'));
  });

  it('stops reading sources once the sink closed early', async () => {
    const out = collectSink(64);
    const read: string[] = [];
    const tracked = entries.map((entry) => ({
      ...entry,
      source: () => (read.push(entry.path), entry.source()),
    }));
    out.sink.once('drain', () => out.sink.destroy());
    expect(await writeZip(tracked, mtime, out.sink)).toBe('closed');
    expect(read).toEqual(['README.txt', 'first-half-2025/hero.jpg']);
    expect(out.state.error).toBeUndefined();
  });
});
