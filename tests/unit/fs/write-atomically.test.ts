import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '@/lib/fs/write-atomically.mjs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'write-atomically-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeAtomically', () => {
  it('makes the folder, writes the bytes and leaves no temporary file', async () => {
    const file = path.join(dir, 'a', 'b', 'entry.bin');
    await writeAtomically(file, Buffer.from([1, 2, 3]), { flush: true });
    expect(await readFile(file)).toEqual(Buffer.from([1, 2, 3]));
    expect(await readdir(path.dirname(file))).toEqual(['entry.bin']);
  });

  it('lets concurrent writers of one file finish, and the file holds one of them whole', async () => {
    const file = path.join(dir, 'entry.txt');
    const versions = Array.from({ length: 12 }, (_, i) => String(i).repeat(200_000));
    await Promise.all(versions.map((text) => writeAtomically(file, text, { flush: false })));
    expect(versions).toContain(await readFile(file, 'utf8'));
    expect(await readdir(dir)).toEqual(['entry.txt']);
  });

  it('fails when the file cannot be replaced, and removes what it wrote aside', async () => {
    // A folder where the file should be: the rename fails (EISDIR or ENOTEMPTY) after the bytes were written.
    const file = path.join(dir, 'entry');
    await mkdir(path.join(file, 'inside'), { recursive: true });
    await expect(writeAtomically(file, 'text', { flush: true })).rejects.toMatchObject({
      code: expect.stringMatching(/^E/),
    });
    expect(await readdir(dir)).toEqual(['entry']);
  });
});
