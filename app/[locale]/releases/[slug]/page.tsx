import type { Metadata } from 'next';
import { notFound, permanentRedirect, redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactCard } from '@/components/contact-card';
import { Dateline } from '@/components/dateline';
import { JsonLd } from '@/components/json-ld';
import { PageShell } from '@/components/page-shell';
import { Prose } from '@/components/prose';
import { ReleaseDownloads } from '@/components/release-downloads';
import { ReleaseImage } from '@/components/release-image';
import { PreviewBanner } from '@/components/preview-banner';
import { ReleaseTools } from '@/components/release-tools';
import { SubscribeForm } from '@/components/subscribe-form';
import { Badge } from '@/components/ui/badge';
import { Container } from '@/components/ui/container';
import { content } from '@/lib/content';
import { releasePlainText } from '@/lib/content/plain-text';
import { datelineText } from '@/lib/dateline';
import { env } from '@/lib/env';
import { formatCalendarDate, formatDate } from '@/lib/format';
import { defaultLocale, endonym, languageTag } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/metadata';
import { newestToPrerender } from '@/lib/prerender';
import { OG_SIZE } from '@/lib/og/card';
import { breadcrumbList, newsArticle } from '@/lib/structured-data';
import { archivePath, cropRatios, homePath, mediaCropPath, pathsIn, releaseOgImagePath, releasePath } from '@/lib/urls';

// Releases not generated at build time (older ones, lib/prerender.ts, and an embargo that lifted since) render on
// their first request, behind the gate, and are cached from then on.
export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return newestToPrerender(content.releaseParams().filter((p) => p.locale === params.locale)).map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/releases/[slug]'>): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = localeParam(raw);
  const release = content.getRelease(locale, slug);
  if (!release) return {};
  const meta = await getTranslations({ locale, namespace: 'meta' });
  const topics = await getTranslations({ locale, namespace: 'topics' });
  return pageMetadata({
    locale,
    title: release.title,
    description: release.summary,
    alternates: pathsIn(content.releaseLocales(slug), (l) => releasePath(l, slug)),
    feedTitle: meta('feedTitle'),
    image: { url: releaseOgImagePath(locale, slug), ...OG_SIZE, alt: release.title },
    article: {
      publishedTime: release.publishedAt,
      modifiedTime: release.updatedAt,
      section: release.topics[0] ? topics(release.topics[0]) : undefined,
      tags: [...release.topics.map((topic) => topics(topic)), ...release.models],
    },
  });
}

export default async function ReleasePage({ params }: PageProps<'/[locale]/releases/[slug]'>) {
  const { locale: raw, slug } = await params;
  const locale = localeParam(raw);
  setRequestLocale(locale);
  const release = content.getRelease(locale, slug);
  if (!release) {
    const moved = content.currentSlug(slug);
    if (moved) permanentRedirect(releasePath(locale, moved));
    // Not translated into this language: the English original is the release.
    if (content.getRelease(defaultLocale, slug)) redirect(releasePath(defaultLocale, slug));
    notFound();
  }

  const t = await getTranslations({ locale, namespace: 'release' });
  const nav = await getTranslations({ locale, namespace: 'nav' });
  const topics = await getTranslations({ locale, namespace: 'topics' });
  const models = await getTranslations({ locale, namespace: 'models' });
  const translations = content.releaseLocales(slug);
  const alternates = pathsIn(translations, (l) => releasePath(l, slug));
  const contacts = content.getContacts(release.contacts);
  const boilerplate = content.getSnippet(locale, 'about-smart');
  const credit = (c: string) => t('heroCredit', { credit: c });
  const url = `${env.siteUrl}${releasePath(locale, slug)}`;
  const related = content.relatedReleases(locale, slug);
  const plainText = releasePlainText({
    title: release.title,
    dateline: datelineText(locale, release, (tags) => t.markup('dateline', tags)),
    summary: release.summary,
    bodyMarkdown: release.bodyMarkdown,
    contactsHeading: t('contacts'),
    contacts: contacts.map((c) => ({ name: c.name[locale] ?? c.name.en, role: c.role[locale] ?? c.role.en, email: c.email, phone: c.phone })),
    url,
  });

  return (
    <PageShell locale={locale} alternates={alternates} current={archivePath(locale)}>
      <JsonLd
        data={newsArticle({
          siteUrl: env.siteUrl,
          path: releasePath(locale, slug),
          headline: release.title,
          description: release.summary,
          datePublished: release.publishedAt,
          dateModified: release.updatedAt,
          dateline: release.location,
          inLanguage: languageTag[locale],
          images: cropRatios.map((ratio) => mediaCropPath(slug, release.hero.file, ratio)),
        })}
      />
      <JsonLd
        data={breadcrumbList(env.siteUrl, [
          { href: homePath(locale), label: nav('home') },
          { href: archivePath(locale), label: nav('releases') },
          { href: releasePath(locale, slug), label: release.title },
        ])}
      />
      <article>
        <PreviewBanner locale={locale} release={release} />
        <Container className="py-10 sm:py-14">
          <header className="max-w-(--container-measure)">
            <p className="flex flex-wrap gap-2">
              {release.topics.map((topic) => (
                <a key={topic} href={archivePath(locale, { topic })} className="rounded-full">
                  <Badge>{topics(topic)}</Badge>
                </a>
              ))}
            </p>
            <h1 className="mt-4 text-title font-extrabold sm:text-display">{release.title}</h1>
            <p className="mt-5 text-lg text-muted sm:text-xl">{release.summary}</p>
            <Dateline locale={locale} release={release} />
            {release.updatedAt && (
              <p className="mt-3 inline-block rounded-lg border border-accent px-3 py-1 text-sm">
                {t.rich('updatedAt', {
                  date: () => <time dateTime={release.updatedAt}>{formatDate(locale, release.updatedAt ?? '', release.timeZone)}</time>,
                })}
                {release.corrections.length > 0 && (
                  <> · <a className="underline" href="#corrections">{t('seeCorrections')}</a></>
                )}
              </p>
            )}
            <p className="mt-3 hidden text-sm print:block">{url}</p>
          </header>

          <div className="mt-10 max-w-5xl">
            <ReleaseImage locale={locale} slug={slug} folder={release.folder} image={release.hero} sizes="(min-width: 1280px) 1024px, 100vw" priority creditLabel={credit(release.hero.credit)} />
          </div>

          <div className="mt-10 grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem] print:block">
            <div>
              {release.highlights.length > 0 && (
                <section aria-labelledby="highlights" className="mb-10 max-w-(--container-measure) rounded-2xl bg-accent-soft p-6">
                  <h2 id="highlights" className="font-bold">{t('highlights')}</h2>
                  <ul className="mt-3 list-disc space-y-2 ps-5">
                    {release.highlights.map((h) => <li key={h}>{h}</li>)}
                  </ul>
                </section>
              )}
              <Prose html={release.bodyHtml} />

              {release.gallery.length > 0 && (
                <div className="mt-12 grid gap-6 sm:grid-cols-2">
                  {release.gallery.map((image) => (
                    <ReleaseImage key={image.file} locale={locale} slug={slug} folder={release.folder} image={image} sizes="(min-width: 640px) 50vw, 100vw" creditLabel={credit(image.credit)} />
                  ))}
                </div>
              )}

              {release.corrections.length > 0 && (
                <section aria-labelledby="corrections" className="mt-12 max-w-(--container-measure) border-t border-line pt-6">
                  <h2 id="corrections" className="font-bold">{t('corrections')}</h2>
                  <ul className="mt-3 space-y-2 text-sm">
                    {release.corrections.map((c) => (
                      <li key={c.date + c.text}><time dateTime={c.date} className="font-semibold">{formatCalendarDate(locale, c.date)}</time>: {c.text}</li>
                    ))}
                  </ul>
                </section>
              )}

              {boilerplate && (
                <section aria-labelledby="boilerplate" className="mt-12 max-w-(--container-measure) border-t border-line pt-6 text-sm">
                  <h2 id="boilerplate" className="font-bold">{boilerplate.title}</h2>
                  <Prose html={boilerplate.bodyHtml} className="prose-sm mt-2 text-muted" />
                </section>
              )}
            </div>

            <aside className="space-y-8">
              <ReleaseTools locale={locale} url={url} title={release.title} plainText={plainText} />
              <ReleaseDownloads locale={locale} release={release} />
              <section aria-labelledby="contacts">
                <h2 id="contacts" className="mb-3 font-bold">{t('contacts')}</h2>
                <div className="space-y-4">
                  {contacts.map((contact) => <ContactCard key={contact.id} locale={locale} contact={contact} />)}
                </div>
              </section>
              {release.models.length > 0 && (
                <section aria-labelledby="models">
                  <h2 id="models" className="mb-3 font-bold">{t('models')}</h2>
                  <ul className="flex flex-wrap gap-2">
                    {release.models.map((model) => (
                      <li key={model}><a href={archivePath(locale, { model })} className="rounded-full"><Badge>{models(model)}</Badge></a></li>
                    ))}
                  </ul>
                </section>
              )}
              {related.length > 0 && (
                <section aria-labelledby="related" className="print:hidden">
                  <h2 id="related" className="mb-3 font-bold">{t('related')}</h2>
                  <ul className="space-y-3 text-sm">
                    {related.map(({ release: r, isFallback }) => (
                      <li key={r.slug}>
                        <a className="font-semibold hover:underline" href={releasePath(r.locale, r.slug)} lang={isFallback ? languageTag[r.locale] : undefined}>{r.title}</a>
                        <span className="block text-muted"><time dateTime={r.publishedAt}>{formatDate(locale, r.publishedAt, r.timeZone)}</time></span>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              {translations.length > 1 && (
                <section aria-labelledby="languages">
                  <h2 id="languages" className="mb-3 font-bold">{t('alsoAvailableIn')}</h2>
                  <ul className="space-y-1 text-sm">
                    {translations.filter((l) => l !== locale).map((l) => (
                      <li key={l}><a className="text-accent underline" href={releasePath(l, slug)} hrefLang={languageTag[l]} lang={languageTag[l]}>{endonym[l]}</a></li>
                    ))}
                  </ul>
                </section>
              )}
              <SubscribeForm locale={locale} variant="compact" />
            </aside>
          </div>
        </Container>
      </article>
    </PageShell>
  );
}
