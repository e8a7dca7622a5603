import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `bytes` to `file` so that a reader, in this process or another, finds the file either whole or absent
 * (or whole in its previous version): the bytes go to a temporary file beside it, then it is renamed over the file.
 * Two writers of the same file both succeed and the last rename wins. The folder is made if missing, and the
 * temporary file is removed if the write fails.
 *
 * `flush` puts the bytes on the disk before the rename, so that a power cut cannot leave a file that exists with part
 * of its bytes. It costs a disk flush per file (1.3 ms on this machine's disk, against 0.06–0.12 ms for the whole
 * write without it): worth it for a cache entry made once, not for the outbox's one file per e-mail.
 *
 * Plain JavaScript, not TypeScript: lib/http/cache-handler.mjs uses it, and Node loads that handler as it is.
 */
export async function writeAtomically(file, bytes, { flush }) {
  await mkdir(path.dirname(file), { recursive: true });
  // Beside the file (a rename across file systems is not atomic), named so that no reader takes it for an entry.
  const temporary = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(temporary, bytes, { flush });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
