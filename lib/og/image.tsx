import 'server-only';
import { ImageResponse } from 'next/og';
import { OG_SIZE, OgCardView, type OgCard } from './card';
import { ogFonts } from './fonts';

/**
 * Renders a card to PNG bytes on first request and keeps the most recent ones in memory (bounded, so that a
 * crawler walking 30,000 releases cannot exhaust it); browsers and CDNs cache the response for a day.
 */
const MAX_CACHED = 64;
const cache = new Map<string, Promise<Uint8Array>>();

async function render(card: OgCard): Promise<Uint8Array> {
  const response = new ImageResponse(<OgCardView {...card} />, { ...OG_SIZE, fonts: await ogFonts() });
  return new Uint8Array(await response.arrayBuffer());
}

export async function ogImageResponse(card: OgCard): Promise<Response> {
  const key = JSON.stringify(card);
  let bytes = cache.get(key);
  if (bytes) {
    // Most recently used last: the eviction below drops the least recently used first.
    cache.delete(key);
    cache.set(key, bytes);
  } else {
    bytes = render(card);
    cache.set(key, bytes);
    bytes.catch(() => cache.delete(key));
    for (const oldest of cache.keys()) {
      if (cache.size <= MAX_CACHED) break;
      cache.delete(oldest);
    }
  }
  const png = await bytes;
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      'Content-Length': String(png.byteLength),
      'Cache-Control': 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400',
    },
  });
}
