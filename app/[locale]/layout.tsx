import type { ReactNode } from 'react';
import localFont from 'next/font/local';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { directionOf, languageTag } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { env } from '@/lib/env';
import { feedAlternates } from '@/lib/metadata';
import { themeScript } from '@/lib/theme';
import '../globals.css';

const latin = localFont({ src: '../fonts/inter-latin-wght-normal.woff2', variable: '--font-latin', display: 'swap', weight: '100 900' });
const arabic = localFont({ src: '../fonts/noto-sans-arabic-arabic-wght-normal.woff2', variable: '--font-arabic', display: 'swap', weight: '100 900', preload: false });

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

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'nav' });
  return (
    <html lang={languageTag[locale]} dir={directionOf(locale)} className={`${latin.variable} ${arabic.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-dvh antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:start-4 focus:top-4 focus:z-50 focus:rounded focus:bg-fg focus:px-4 focus:py-2 focus:text-bg">
          {t('skip')}
        </a>
        {env.preview && (
          <p className="bg-[#7a0015] px-gutter py-2 text-center text-sm font-bold text-white">{(await getTranslations({ locale, namespace: 'preview' }))('build')}</p>
        )}
        {children}
      </body>
    </html>
  );
}
