import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EarlyRelease } from '@/components/early-access/early-release';
import { clientOf, earlyContent, earlyFile, logVisit, openLink } from '@/lib/early-access/server';
import { localeParam } from '@/lib/i18n/params';
import { releasePath } from '@/lib/routing';

/**
 * /{locale}/early/{token}: a release under embargo, for the one person its personal link names (lib/early-access/).
 * Rendered on every request and never stored (Next answers a dynamic page `private, no-store`; next.config.ts adds
 * noindex and no-referrer, and the nginx front does not cache /…/early/). Every view is logged. After the lift the link
 * leads to the public page; a link that is unknown, forged, revoked or not yet open is the localized 404.
 */
export const dynamic = 'force-dynamic';

async function open(params: PageProps<'/[locale]/early/[token]'>['params']) {
  const { locale: raw, token } = await params;
  const locale = localeParam(raw);
  return { locale, token, visit: await openLink(token) };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/early/[token]'>): Promise<Metadata> {
  const { locale, visit } = await open(params);
  if (visit.kind !== 'open') return {};
  const t = await getTranslations({ locale, namespace: 'early' });
  const { release } = earlyContent.release(visit.grant, locale);
  // No canonical, no Open Graph, no structured data: nothing that a crawler or a link preview could pick up.
  return { title: t('title', { title: release.title }), robots: { index: false, follow: false } };
}

export default async function EarlyAccessPage({ params }: PageProps<'/[locale]/early/[token]'>) {
  const { locale, token, visit } = await open(params);
  setRequestLocale(locale);
  if (visit.kind === 'lifted') redirect(releasePath(locale, visit.slug));
  if (visit.kind !== 'open') notFound();
  await logVisit(visit.grantId, 'open', clientOf(await headers()));
  const { release, isFallback } = earlyContent.release(visit.grant, locale);
  return (
    <EarlyRelease
      locale={locale}
      token={token}
      grant={visit.grant}
      release={release}
      isFallback={isFallback}
      reader={visit.reader}
      instructions={visit.instructions}
      find={(file) => earlyFile(visit, file)}
    />
  );
}
