import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';

/**
 * How every download (release originals at /media/{slug}/{file}, press kits at /{locale}/press-kits/{slug}.zip)
 * reaches the browser: with a real Content-Length, so that download managers show progress and journalists on
 * slow connections can resume.
 *
 * Why pages/api handlers and not app/ route handlers: `next start` (Next 16.4) deletes Content-Length from every
 * route-handler Response and sends the body chunked (next/dist/server/send-response.js, FORBIDDEN_HEADERS), and a
 * Content-Length set by proxy.ts on NextResponse.next() is dropped too (server/lib/router-utils/resolve-routes.js
 * skips 'content-length' among middleware headers); both verified with curl. A pages API handler writes to Node's
 * ServerResponse itself, so the header it sets is the one sent. next.config.ts rewrites the public URLs to the
 * handlers under /api/downloads, and sendDownload answers requests for those internal paths with a 404.
 */
export type Download = {
  body: Uint8Array;
  type: string;
  /** ASCII file name for Content-Disposition (slugs and release file names are lowercase ASCII already). */
  fileName: string;
  /** attachment: save (press kits); inline: show, with a name when saved (originals, also next/image's source). */
  disposition: 'attachment' | 'inline';
  cacheControl: string;
};

/** The query parameter `name` of a pages API request as one string, or undefined. */
export function queryValue(query: Partial<Record<string, string | string[]>>, name: string): string | undefined {
  const value = query[name];
  return typeof value === 'string' ? value : undefined;
}

const plainAnswer = (response: ServerResponse, status: number, body: string) => {
  response
    .writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
    })
    .end(body);
};
const notFound = (response: ServerResponse) => plainAnswer(response, 404, 'Not found');

/**
 * What every download answers alike before its own answer: 405 to anything but GET and HEAD, and 404 to the
 * handlers' own /api paths (rewritten requests keep their public URL in request.url, so these are never a second
 * address of a file). True when the request is answered.
 */
export function answeredAlready(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response
      .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Method not allowed');
    return true;
  }
  if ((request.url ?? '/api/').startsWith('/api/')) {
    notFound(response);
    return true;
  }
  return false;
}

export function sendDownload(request: IncomingMessage, response: ServerResponse, download: Download | undefined): void {
  if (answeredAlready(request, response)) return;
  if (!download) return notFound(response);
  const safeName = download.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  response.writeHead(200, {
    'Content-Type': download.type,
    'Content-Length': String(download.body.byteLength),
    'Content-Disposition': `${download.disposition}; filename="${safeName}"`,
    'Cache-Control': download.cacheControl,
    'X-Content-Type-Options': 'nosniff',
  });
  // Node sends no body for HEAD but keeps the headers, so HEAD tells the size without the download.
  response.end(request.method === 'HEAD' ? undefined : download.body);
}

/**
 * 410 Gone for a picture whose usage period is over (lib/content/gate.ts, usageEnded): the URL existed and will not
 * come back, and the answer says why, with the date its licence named.
 */
export function sendUsageEnded(request: IncomingMessage, response: ServerResponse, expires: string): void {
  if (answeredAlready(request, response)) return;
  plainAnswer(response, 410, `The usage period of this picture ended on ${expires}.`);
}

/** A permanent redirect (308) from a download's stable name to its current address (a path of this site). */
export function sendRedirect(
  request: IncomingMessage,
  response: ServerResponse,
  location: string,
  cacheControl: string,
): void {
  if (answeredAlready(request, response)) return;
  response.writeHead(308, { Location: location, 'Cache-Control': cacheControl, 'Content-Length': '0' }).end();
}

/**
 * The byte range a Range header asks of a file of `size` bytes (RFC 9110: one range, `bytes=a-b`, `bytes=a-` or
 * `bytes=-n`), as [first, last]; undefined to send the whole file (no header, or several ranges, which a server may
 * answer in full); 'unsatisfiable' when it starts past the end.
 */
export function byteRange(header: string | undefined, size: number): [number, number] | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '') {
    const suffix = Number(to);
    return suffix === 0 || size === 0 ? 'unsatisfiable' : [Math.max(0, size - suffix), size - 1];
  }
  const first = Number(from);
  if (first >= size) return 'unsatisfiable';
  const last = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return last < first ? undefined : [first, last];
}

export type FileDownload = Omit<Download, 'body'> & { path: string; size: number };

/**
 * A file streamed from disk with byte ranges: a video player asks for the part it needs (and Safari asks for a range
 * before it plays at all), a download manager resumes. 200 with Accept-Ranges for the whole file, 206 with
 * Content-Range for a range, 416 for a range past the end.
 */
export async function sendFile(request: IncomingMessage, response: ServerResponse, file: FileDownload): Promise<void> {
  if (answeredAlready(request, response)) return;
  const headers = {
    'Content-Type': file.type,
    'Content-Disposition': `${file.disposition}; filename="${file.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    'Cache-Control': file.cacheControl,
    'X-Content-Type-Options': 'nosniff',
    'Accept-Ranges': 'bytes',
  };
  const range = byteRange(request.headers.range, file.size);
  if (range === 'unsatisfiable') {
    response.writeHead(416, { ...headers, 'Content-Range': `bytes */${file.size}`, 'Content-Length': '0' }).end();
    return;
  }
  const [first, last] = range ?? [0, file.size - 1];
  response.writeHead(range ? 206 : 200, {
    ...headers,
    ...(range ? { 'Content-Range': `bytes ${first}-${last}/${file.size}` } : {}),
    'Content-Length': String(last - first + 1),
  });
  if (request.method === 'HEAD' || file.size === 0) {
    response.end();
    return;
  }
  try {
    await pipeline(createReadStream(file.path, { start: first, end: last }), response);
  } catch {
    // The client left (a player seeking elsewhere): nothing to answer.
  }
}
