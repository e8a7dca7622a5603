import { setRequestLocale } from 'next-intl/server';
import { ArchiveView, archiveMetadata } from '@/components/archive/archive-view';
import { localeParam } from '@/lib/i18n/params';

export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]/releases'>) {
  const locale = localeParam((await params).locale);
  return archiveMetadata(locale, {}, 1);
}

export default async function ReleasesPage({ params }: PageProps<'/[locale]/releases'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  return <ArchiveView locale={locale} />;
}
