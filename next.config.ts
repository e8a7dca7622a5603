import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    // Release images are served by the gated media route; next/image resizes them from there.
    localPatterns: [{ pathname: '/media/**' }],
    formats: ['image/webp'],
    deviceSizes: [640, 828, 1080, 1280, 1920, 2560],
  },
  // lib/content reads contentlayer's generated JSON from disk at run time; ship it with standalone builds.
  outputFileTracingIncludes: { '/**': ['./.contentlayer/generated/**/*.json'] },
};

export default withNextIntl(config);
