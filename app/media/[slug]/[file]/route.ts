import { readFile } from 'node:fs/promises';
import { content } from '@/lib/content';
import { releaseFile } from '@/lib/media';

const types: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' };

/** Originals of public releases' images and attachments, byte for byte; anything else is a 404. */
export async function GET(_request: Request, { params }: RouteContext<'/media/[slug]/[file]'>) {
  const { slug, file } = await params;
  const found = content.findReleaseFile(slug, file);
  const type = types[file.split('.').pop() ?? ''];
  if (!found || !type) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const bytes = await readFile(releaseFile(found.folder, found.file));
  return new Response(bytes, {
    headers: {
      'Content-Type': type,
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400',
    },
  });
}
