import { getTranslations } from 'next-intl/server';
import { content } from '@/lib/content';
import { env } from '@/lib/env';
import { isLocale, locales } from '@/lib/i18n/locales';
import { toVCard } from '@/lib/contacts/vcard';

/** The company named in every press desk's ORG. */
const organization = 'smart Automobile Co., Ltd.';

export const dynamic = 'force-static';

/** One address card per locale and press desk, rendered at build time. */
export function generateStaticParams() {
  return locales.flatMap((locale) =>
    content.contacts(locale).map((contact) => ({ locale, file: `${contact.id}.vcf` })),
  );
}

/** A press desk as a vCard 3.0 download (`/{locale}/contacts/{id}.vcf`); anything else is a plain 404. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/contacts/[file]'>) {
  const { locale, file } = await params;
  const contact = isLocale(locale) ? content.contacts(locale).find((c) => `${c.id}.vcf` === file) : undefined;
  if (!isLocale(locale) || !contact) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const t = await getTranslations({ locale, namespace: 'contacts' });
  const body = new TextEncoder().encode(
    toVCard(contact, locale, { siteUrl: env.siteUrl, organization, languagesLabel: t('languages') }),
  );
  return new Response(body, {
    headers: {
      'Content-Type': 'text/vcard; charset=utf-8',
      // Ids are file names of content/contacts; keep the header ASCII even if one were not a plain slug.
      'Content-Disposition': `attachment; filename="${contact.id.replace(/[^A-Za-z0-9._-]/g, '_')}.vcf"`,
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
