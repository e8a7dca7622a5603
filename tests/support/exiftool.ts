import { spawn } from 'node:child_process';
import { debianTool } from './debian-tool';

/**
 * ExifTool (Debian's libimage-exiftool-perl), the reference reader of image metadata: installed when missing and
 * we are root; otherwise why not, for the test to skip with (or fail with under CI=true).
 */
export const exifToolMissing = (): string | undefined => debianTool('exiftool', 'libimage-exiftool-perl');

/** Tags by ExifTool's family-1 group and name: "IPTC:Credit", "XMP-photoshop:Credit", "IFD0:Copyright". */
export type ExifTags = Record<string, unknown>;

/** ExifTool on the bytes given on stdin; resolves with what it prints. */
function run(args: readonly string[], bytes: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('exiftool', [...args, '-']);
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.stdin.on('error', reject);
    child.on('close', (status) =>
      status === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`exiftool ${args.join(' ')}: ${err}`)),
    );
    child.stdin.end(bytes);
  });
}

/**
 * Every tag ExifTool reads, by group (-G1), duplicates included (-a), structures as objects (-struct), with its
 * check of the file's structure ("ExifTool:Validate" is "OK" or counts the problems; -validate alone would print
 * only that tag, hence -All). No
 * `-charset iptc=UTF8`: ExifTool must decode IPTC text by the file's own CodedCharacterSet (1:90), as photo desks'
 * tools do, so that a file that fails to declare UTF-8 fails the test.
 */
export async function readTags(bytes: Uint8Array): Promise<ExifTags> {
  const [tags]: ExifTags[] = JSON.parse(
    (await run(['-j', '-G1', '-a', '-struct', '-validate', '-All'], bytes)).toString(),
  );
  if (!tags) throw new Error('ExifTool printed no tags');
  return tags;
}

/** The image with tags written by ExifTool, e.g. ['-IPTC:Headline=Old']: metadata as other tools leave it. */
export const writeTags = (bytes: Uint8Array, assignments: readonly string[]) => run(['-o', '-', ...assignments], bytes);
