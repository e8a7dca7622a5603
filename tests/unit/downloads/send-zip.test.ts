import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sendZip } from '@/lib/downloads/send-zip';
import type { ZipEntry } from '@/lib/downloads/zip-stream';

const entries: ZipEntry[] = [
  { path: 'a/hero.jpg', size: 200_000, source: () => new Uint8Array(200_000).fill(7) },
  { path: 'README.txt', size: 2, source: () => new TextEncoder().encode('hi') },
];
const broken: ZipEntry[] = [{ path: 'short.pdf', size: 300_000, source: () => new Uint8Array(10) }];
/** 50 MB whose sources record being read. */
const read: number[] = [];
const large: ZipEntry[] = Array.from({ length: 50 }, (_, i) => ({
  path: `broll-${i}.mp4`,
  size: 1_000_000,
  source: () => (read.push(i), new Uint8Array(1_000_000)),
}));
const done: Promise<void>[] = [];

let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    const list = request.url === '/broken' ? broken : request.url === '/large' ? large : entries;
    done.push(
      sendZip(request, response, {
        entries: list,
        mtime: '2026-12-05T10:00:00Z',
        fileName: 'smart-ü.zip',
        cacheControl: 'private, no-store',
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('sendZip', () => {
  it('streams the archive with its exact length and download headers', async () => {
    const response = await fetch(`${origin}/`);
    const body = new Uint8Array(await response.arrayBuffer());
    expect(
      Object.fromEntries(
        ['content-type', 'content-length', 'content-disposition', 'cache-control', 'x-content-type-options'].map(
          (name) => [name, response.headers.get(name)],
        ),
      ),
    ).toEqual({
      'content-type': 'application/zip',
      'content-length': '200248',
      'content-disposition': 'attachment; filename="smart-_.zip"',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    expect(body.byteLength).toBe(200_248);
    expect(Object.keys(unzipSync(body))).toEqual(['a/hero.jpg', 'README.txt']);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await fetch(`${origin}/`, { method: 'HEAD' });
    expect(response.headers.get('content-length')).toBe('200248');
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('cuts the download short, and logs why, when an entry is not its planned size', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The client sees the download fail, never a complete archive.
    await expect(fetch(`${origin}/broken`).then((response) => response.arrayBuffer())).rejects.toThrow();
    expect(log).toHaveBeenCalledWith(
      'smart-ü.zip was cut short',
      new Error('"short.pdf" has fewer bytes than the 300000 planned'),
    );
    log.mockRestore();
  });

  it('stops reading files as soon as the client leaves', async () => {
    const controller = new AbortController();
    const response = await fetch(`${origin}/large`, { signal: controller.signal });
    const reader = response.body?.getReader();
    let received = 0;
    while (reader && received < 3_000_000) received += (await reader.read()).value?.byteLength ?? 0;
    controller.abort();
    await done.at(-1);
    // About three of the 50 files were sent; a few more may have been waiting in buffers, the rest is never read.
    expect(read.length).toBeLessThan(10);
  });
});
