import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '@/lib/fs/write-atomically.mjs';

const execFileAsync = promisify(execFile);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'write-atomically-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeAtomically', () => {
  it('makes the folder, writes the bytes and leaves no temporary file', async () => {
    const file = path.join(dir, 'a', 'b', 'entry.bin');
    writeAtomically(file, Buffer.from([1, 2, 3]), { flush: true });
    expect(await readFile(file)).toEqual(Buffer.from([1, 2, 3]));
    expect(await readdir(path.dirname(file))).toEqual(['entry.bin']);
  });

  it('lets processes write one file at once while a reader only ever finds one of them whole', async () => {
    const file = path.join(dir, 'entry.txt');
    const helper = pathToFileURL(path.resolve('lib/fs/write-atomically.mjs')).href;
    // Four writers, each writing its own 200 KB text 40 times, while this process reads the file as fast as it can.
    const writers = [1, 2, 3, 4].map((n) =>
      execFileAsync(process.execPath, [
        '--input-type=module',
        '-e',
        `const { writeAtomically } = await import(${JSON.stringify(helper)});
         for (let i = 0; i < 40; i++) writeAtomically(${JSON.stringify(file)}, '${n}'.repeat(200000), { flush: false });`,
      ]),
    );
    let finished = false;
    const done = Promise.all(writers).finally(() => (finished = true));
    const seen = new Set<string>();
    while (!finished) {
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text !== undefined) seen.add(text.length === 200_000 && new Set(text).size === 1 ? 'whole' : 'torn');
      await new Promise((resolve) => setImmediate(resolve));
    }
    await done;
    expect(seen).toEqual(new Set(['whole']));
    expect(['1', '2', '3', '4'].map((n) => n.repeat(200_000))).toContain(await readFile(file, 'utf8'));
    expect(await readdir(dir)).toEqual(['entry.txt']);
  });

  it('fails when the file cannot be replaced, and removes what it wrote aside', async () => {
    // A folder where the file should be: the rename fails (EISDIR or ENOTEMPTY) after the bytes were written.
    const file = path.join(dir, 'entry');
    await mkdir(path.join(file, 'inside'), { recursive: true });
    expect(() => writeAtomically(file, 'text', { flush: true })).toThrow(
      expect.objectContaining({ code: expect.stringMatching(/^E/) }),
    );
    expect(await readdir(dir)).toEqual(['entry']);
  });
});
