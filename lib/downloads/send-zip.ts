import type { IncomingMessage, ServerResponse } from 'node:http';
import { writeZip, zipLength, type ZipEntry } from './zip-stream';

export type ZipDownload = {
  entries: readonly ZipEntry[];
  /** Every entry's modification time unless it names its own (an ISO instant). */
  mtime: string;
  /** ASCII file name for Content-Disposition. */
  fileName: string;
  cacheControl: string;
};

/**
 * Answers with a ZIP streamed from its entries, its exact length in Content-Length before the first byte, so that
 * a browser's download manager shows progress (a pages/api handler's response: see lib/media/downloads.ts for why).
 * HEAD gets the headers only. The caller has refused what it refuses (methods, the gate) before. An archive cut
 * short (an entry not of its planned size, an unreadable file) is logged; a client that left is not.
 */
export async function sendZip(request: IncomingMessage, response: ServerResponse, zip: ZipDownload): Promise<void> {
  response.writeHead(200, {
    'Content-Type': 'application/zip',
    'Content-Length': String(zipLength(zip.entries)),
    'Content-Disposition': `attachment; filename="${zip.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    'Cache-Control': zip.cacheControl,
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  try {
    await writeZip(zip.entries, zip.mtime, response);
  } catch (error) {
    console.error(`${zip.fileName} was cut short`, error);
  }
}
