import type { ReactNode } from 'react';
import localFont from 'next/font/local';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { defaultLocale, directionOf, languageTag } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { env } from '@/lib/env';
import { feedAlternates } from '@/lib/seo/metadata';
import { themeScript } from '@/components/layout/theme-script';
import '../globals.css';

/**
 * Both fonts are `optional`: text is laid out once, in the fallback if the font is not there within ~100 ms, and
 * never re-laid out or shifted when it arrives (it is cached for the next page). So no metric-adjusted fallback face
 * (next/font's default, `local(Arial)` with size overrides): nothing swaps for it to smooth, and on Linux each
 * `local()` is a look-up by full font name that the renderer waits for, in the page's first layout (4–52 ms
 * unthrottled, bench/README.md). The fallback is the font stack of globals.css. The Arabic font is Noto Sans
 * Arabic cut down to the Arabic block and the weights in use (166 → 52 KB; Debian's python3-fonttools):
 *   python3 -m fontTools.subset noto-sans-arabic-arabic-wght-normal.woff2 --unicodes=U+0600-06FF,U+200C-200F,U+FD3E-FD3F,U+FDF2,U+FDFC \
 *     --layout-features='*' --flavor=woff2 --output-file=subset.woff2
 *   python3 -m fontTools.varLib.instancer subset.woff2 wght=400:800 -o noto-sans-arabic-wght-400-800.woff2
 */
const latin = localFont({
  src: '../fonts/inter-latin-wght-normal.woff2',
  variable: '--font-latin',
  display: 'optional',
  weight: '100 900',
  adjustFontFallback: false,
});
const arabic = localFont({
  src: '../fonts/noto-sans-arabic-wght-400-800.woff2',
  variable: '--font-arabic',
  display: 'optional',
  weight: '400 800',
  preload: false,
  adjustFontFallback: false,
});

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    metadataBase: new URL(env.siteUrl),
    title: { default: t('siteName'), template: `%s | ${t('siteName')}` },
    description: t('description'),
    alternates: { types: feedAlternates(locale, t('feedTitle')) },
    robots: env.preview ? { index: false, follow: false } : undefined,
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) {
    // An unknown first segment that reached rendering (the proxy skips /_next/…): the English 404, whose
    // boundary reads the request locale set here instead of request headers, which a static page may not read.
    setRequestLocale(defaultLocale);
    notFound();
  }
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'nav' });
  return (
    <html
      lang={languageTag[locale]}
      dir={directionOf(locale)}
      className={`${latin.variable} ${arabic.variable}`}
      suppressHydrationWarning
    >
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-dvh antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:start-4 focus:top-4 focus:z-50 focus:rounded focus:bg-fg focus:px-4 focus:py-2 focus:text-bg"
        >
          {t('skip')}
        </a>
        {env.preview && (
          <p className="bg-[#7a0015] px-gutter py-2 text-center text-sm font-bold text-white">
            {(await getTranslations({ locale, namespace: 'preview' }))('build')}
          </p>
        )}
        {children}
      </body>
    </html>
  );
}
