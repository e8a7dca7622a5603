import { setRequestLocale } from 'next-intl/server';
import { ArchiveView, archiveMetadata, pageNumber, pageNumberParams } from '@/components/archive/archive-view';
import { localeParam } from '@/lib/i18n/params';

export const revalidate = 60;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return pageNumberParams(localeParam(params.locale));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/releases/page/[page]'>) {
  const { locale, page } = await params;
  return archiveMetadata(localeParam(locale), {}, pageNumber(page));
}

export default async function ReleasesPageN({ params }: PageProps<'/[locale]/releases/page/[page]'>) {
  const { locale: raw, page } = await params;
  const locale = localeParam(raw);
  setRequestLocale(locale);
  return <ArchiveView locale={locale} page={pageNumber(page)} />;
}
