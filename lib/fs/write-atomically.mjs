import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `bytes` to `file` so that a reader, in this process or another, finds the file either whole or absent
 * (or whole in its previous version): the bytes go to a temporary file beside it, flushed to disk, then renamed over
 * it. Two writers of the same file both succeed and the last rename wins. The folder is made if missing, and a
 * temporary file is removed if the write fails.
 *
 * Plain JavaScript, not TypeScript: lib/http/cache-handler.mjs uses it, and Node loads that handler as it is.
 */
export async function writeAtomically(file, bytes) {
  await mkdir(path.dirname(file), { recursive: true });
  // Beside the file (a rename across file systems is not atomic), named so that no reader takes it for an entry.
  const temporary = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(temporary, bytes, { flush: true });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
