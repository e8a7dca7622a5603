import { getLocale, getTranslations } from 'next-intl/server';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { archivePath, homePath } from '@/lib/routing';

/**
 * Fallback for a notFound() thrown while rendering; the proxy answers unknown URLs with the full localized 404 page
 * (app/[locale]/404) before that. Kept to a heading and two links on purpose: Next ships this component inside the
 * payload of every page below the layout, so a full page shell here would weigh on every page of the site.
 */
async function notFoundLocale() {
  const raw = await getLocale();
  return isLocale(raw) ? raw : defaultLocale;
}

/**
 * The title of every 404, this fallback included: Next renders the pre-rendered 404 page again in the background
 * (it revalidates every minute) with the 404 status the proxy gave it, and then takes the metadata of this
 * boundary, not of the page. Without this, every 404 after the first was titled with the site name only.
 */
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  // Next gives an error boundary's metadata the params of its segment (lib/metadata/resolve-metadata.js), so this
  // reads no request header, which a static page may not.
  const { locale: raw } = await params;
  const t = await getTranslations({ locale: isLocale(raw) ? raw : defaultLocale, namespace: 'notFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function NotFound() {
  const locale = await notFoundLocale();
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return (
    <main id="main" className="mx-auto max-w-xl px-gutter py-20">
      <h1 className="text-display font-extrabold">{t('title')}</h1>
      <p className="mt-4 text-lg text-muted">{t('body')}</p>
      <p className="mt-8 flex flex-wrap gap-6 font-semibold underline">
        <a href={homePath(locale)}>{t('home')}</a>
        <a href={archivePath(locale)}>{t('releases')}</a>
      </p>
    </main>
  );
}
