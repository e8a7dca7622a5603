import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import {
  adminHeaders,
  earlyAccessHeaders,
  embedHeaders,
  securityHeaders,
  signInHeaders,
} from './lib/http/security-headers';
import { locales } from './lib/i18n/locales';
import { defaultSiteUrl } from './lib/routing/site-url';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // No ETag: Next would hash every page's full HTML on every request (~13 % of serving a cached release page,
  // bench:serve). Pages are cached by the CDN or the nginx front by Cache-Control, which needs no validator.
  generateEtags: false,
  images: {
    // Release images are served by the gated media route; next/image resizes them from there.
    localPatterns: [{ pathname: '/media/**' }],
    formats: ['image/webp'],
    deviceSizes: [640, 828, 1080, 1280, 1920, 2560],
    // Resized images are kept on disk by lib/http/cache-handler.mjs (below).
    customCacheHandler: true,
  },
  // Next's page cache, unchanged, plus a disk cache of resized images that the workers can share safely.
  cacheHandler: new URL('./lib/http/cache-handler.mjs', import.meta.url).href,
  // `NEXT_OUTPUT=standalone npm run build`: a self-contained server for containers (docs/deployment.md, "Deploying").
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' as const } : {}),
  // lib/content reads contentlayer's generated JSON from disk at run time; ship it with standalone builds.
  outputFileTracingIncludes: { '/**': ['./.contentlayer/generated/**/*.json'] },
  // Pages that revalidate every 60 s tell caches `s-maxage=60, stale-while-revalidate=3540`: a CDN or the nginx
  // front may serve a stale copy while it refetches, but never one older than an hour (Next's default is a year).
  expireTime: 3600,
  // Revalidated pages stay in each worker's memory and are not written back to .next/server. The workers of
  // scripts/start.mjs share that directory, and Next rewrites a page's file in place (truncate, then write): a worker
  // that read it meanwhile served the page empty, a 404 that Chromium showed as its own error page. With the memory
  // cache off and the 404 page revalidated in a loop, 53 of 1,254 requests were empty; with this setting, 0 of 1,092.
  // A worker whose memory lacks a page starts from the build's copy and revalidates it, as after a restart.
  // tests/e2e/server.spec.ts checks that serving writes nothing there. Next ties its own disk cache of resized images
  // to this setting; lib/http/cache-handler.mjs keeps them instead.
  experimental: { isrFlushToDisk: false },
  // Downloads are pages API handlers so that they can send a real Content-Length (lib/media/downloads.ts says why):
  // originals at /media/{slug}/{file}, renditions at /media/{slug}/{file}/{rendition}.
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/media/:slug/:file', destination: '/api/downloads/media/:slug/:file' },
        { source: '/media/:slug/:file/:rendition', destination: '/api/downloads/renditions/:slug/:file/:rendition' },
        { source: '/:locale/press-kits/:file', destination: '/api/downloads/press-kits/:locale/:file' },
        // Files behind an early-access link (lib/early-access/): checked and logged by their handler.
        { source: '/early/:token/:file', destination: '/api/early/:token/:file' },
        // The web editor is a static page built into public/admin/ (scripts/build-admin.ts).
        { source: '/admin', destination: '/admin/index.html' },
      ],
    };
  },
  async headers() {
    // Security headers on every response (Next keeps its own Cache-Control on pages and /_next/static).
    const siteUrl = process.env.SITE_URL || defaultSiteUrl;
    const security = securityHeaders(siteUrl);
    // A preview build (npm run preview) shows drafts and embargoed releases: no response may be indexed.
    const preview = process.env.NEWSROOM_PREVIEW === '1' ? [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] : [];
    // Later entries override earlier ones for the same header: the editor's own policy (lib/http/security-headers.ts).
    // Every path but the player pages gets the site's headers; those get the same but may be framed.
    const embed = `(?:${locales.join('|')})/embed/`;
    return [
      { source: `/:path((?!${embed}).*)`, headers: [...security, ...preview] },
      { source: `/:locale(${locales.join('|')})/embed/:path*`, headers: [...embedHeaders(siteUrl), ...preview] },
      // Early access (lib/early-access/): never indexed, and the personal link never leaves in a Referer.
      { source: `/:locale(${locales.join('|')})/early/:path*`, headers: earlyAccessHeaders },
      { source: '/early/:path*', headers: earlyAccessHeaders },
      { source: '/admin', headers: adminHeaders(siteUrl) },
      { source: '/admin/:path*', headers: adminHeaders(siteUrl) },
      { source: '/api/cms-auth/:path*', headers: signInHeaders },
    ];
  },
};

export default withNextIntl(config);
