import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactCard } from '@/components/contacts/contact-card';
import { Dateline } from '@/components/release/dateline';
import { JsonLd } from '@/components/ui/json-ld';
import { PageShell } from '@/components/layout/page-shell';
import { Prose } from '@/components/ui/prose';
import { ReleaseDownloads } from '@/components/release/release-downloads';
import { ReleaseImage } from '@/components/release/release-image';
import { PreviewBanner } from '@/components/release/preview-banner';
import { ReleaseActionBar, ShareLinks } from '@/components/release/release-tools';
import { SubscribeForm } from '@/components/alerts/subscribe-form';
import { Badge } from '@/components/ui/badge';
import { Container } from '@/components/ui/container';
import { content } from '@/lib/content';
import { env } from '@/lib/env';
import { formatCalendarDate, formatDate } from '@/lib/i18n/format';
import { endonym, languageTag, locales, textAttributes } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { formatFileSize } from '@/lib/media/format';
import { newestToPrerender } from '@/lib/routing/prerender';
import { pressKitSize } from '@/lib/press-kit/load';
import { releaseTexts } from '@/lib/content/release-text';
import { OG_SIZE } from '@/lib/og/card';
import { breadcrumbList, newsArticle } from '@/lib/seo/structured-data';
import {
  archivePath,
  cropRatios,
  homePath,
  mediaCropPath,
  pathsIn,
  pressKitFileName,
  pressKitPath,
  releaseOgImagePath,
  releasePath,
} from '@/lib/routing';

// Releases not generated at build time (older ones, lib/routing/prerender.ts, and an embargo that lifted since) render on
// their first request, behind the gate, and are cached from then on.
export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return newestToPrerender(content.releaseSlugs(localeParam(params.locale))).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/releases/[slug]'>): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = localeParam(raw);
  const listing = content.getReleaseListing(locale, slug);
  if (!listing) return {};
  const { release, isFallback } = listing;
  const meta = await getTranslations({ locale, namespace: 'meta' });
  const topics = await getTranslations({ locale, namespace: 'topics' });
  return pageMetadata({
    locale,
    title: release.title,
    description: release.summary,
    alternates: pathsIn(content.releaseLocales(slug), (l) => releasePath(l, slug)),
    canonical: isFallback ? releasePath(release.locale, slug) : undefined,
    feedTitle: meta('feedTitle'),
    image: { url: releaseOgImagePath(release.locale, slug), ...OG_SIZE, alt: release.title },
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
  const listing = content.getReleaseListing(locale, slug);
  if (!listing) {
    const moved = content.currentSlug(slug);
    if (moved) permanentRedirect(releasePath(locale, moved));
    notFound();
  }
  // Not translated into this language: the English original, inside this language's interface, says so.
  const { release, isFallback } = listing;
  const text = isFallback ? textAttributes(release.locale) : {};

  const t = await getTranslations({ locale, namespace: 'release' });
  const nav = await getTranslations({ locale, namespace: 'nav' });
  const topics = await getTranslations({ locale, namespace: 'topics' });
  const models = await getTranslations({ locale, namespace: 'models' });
  const translations = content.releaseLocales(slug);
  // Every language has this release (translated or not), so the language switcher keeps the reader on it.
  const everyLanguage = pathsIn(locales, (l) => releasePath(l, slug));
  const contacts = content.contacts(locale, release.contacts);
  const boilerplate = content.getSnippet(locale, 'about-smart');
  const credit = (c: string) => t.rich('heroCredit', { credit: () => <bdi>{c}</bdi> });
  const url = `${env.siteUrl}${releasePath(locale, slug)}`;
  const related = content.relatedReleases(locale, slug);
  const copy = releaseTexts(release, content.contacts(release.locale, release.contacts), env.siteUrl);
  const kitBytes = await pressKitSize(release.locale, slug);
  const media = await getTranslations({ locale, namespace: 'media' });
  const pressKit =
    kitBytes === undefined
      ? undefined
      : {
          href: pressKitPath(release.locale, slug),
          download: pressKitFileName(release.locale, slug),
          size: media('fileInfo', { type: 'ZIP', size: formatFileSize(locale, kitBytes) }),
        };

  return (
    <PageShell locale={locale} alternates={everyLanguage} current={archivePath(locale)}>
      <JsonLd
        data={newsArticle({
          siteUrl: env.siteUrl,
          path: releasePath(release.locale, slug),
          headline: release.title,
          description: release.summary,
          datePublished: release.publishedAt,
          dateModified: release.updatedAt,
          dateline: release.location,
          inLanguage: languageTag[release.locale],
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
        <Container className="pt-10 pb-6 sm:pt-14">
          <header className="max-w-(--container-measure)">
            {isFallback && (
              <p
                role="note"
                className="mb-6 rounded-xl border border-accent bg-accent-soft p-4 text-sm print:hidden"
                data-fallback-notice
              >
                {t('fallbackNotice')}
              </p>
            )}
            <p className="flex flex-wrap gap-2">
              {release.topics.map((topic) => (
                <a key={topic} href={archivePath(locale, { topic })} className="rounded-full">
                  <Badge>{topics(topic)}</Badge>
                </a>
              ))}
            </p>
            <h1 className="mt-4 text-title font-extrabold sm:text-display" {...text}>
              {release.title}
            </h1>
            <p className="mt-5 text-lg text-muted sm:text-xl" {...text}>
              {release.summary}
            </p>
            <Dateline locale={locale} release={release} cityText={text} />
            {release.updatedAt && (
              <p className="mt-3 inline-block rounded-lg border border-accent px-3 py-1 text-sm">
                {t.rich('updatedAt', {
                  date: () => (
                    <time dateTime={release.updatedAt}>
                      {formatDate(locale, release.updatedAt ?? '', release.timeZone)}
                    </time>
                  ),
                })}
                {release.corrections.length > 0 && (
                  <>
                    {' · '}
                    <a className="underline" href="#corrections">
                      {t('seeCorrections')}
                    </a>
                  </>
                )}
              </p>
            )}
            <p className="mt-3 hidden text-sm print:block">{url}</p>
          </header>
        </Container>

        <ReleaseActionBar locale={locale} url={url} text={copy.text} html={copy.html} pressKit={pressKit} />

        <Container className="pt-8 pb-10 sm:pb-14">
          <div className="max-w-5xl print:max-w-none">
            <ReleaseImage
              locale={locale}
              slug={slug}
              folder={release.folder}
              image={release.hero}
              sizes="(min-width: 1280px) 1024px, 100vw"
              priority
              creditLabel={credit(release.hero.credit)}
              text={text}
            />
          </div>

          <div className="mt-10 grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem] print:mt-4 print:block">
            <div>
              {release.highlights.length > 0 && (
                <section
                  aria-labelledby="highlights"
                  className="mb-10 max-w-(--container-measure) rounded-2xl bg-accent-soft p-6 print:mb-4 print:border print:border-line print:p-3"
                >
                  <h2 id="highlights" className="font-bold">
                    {t('highlights')}
                  </h2>
                  <ul className="mt-3 list-disc space-y-2 ps-5" {...text}>
                    {release.highlights.map((h) => (
                      <li key={h}>{h}</li>
                    ))}
                  </ul>
                </section>
              )}
              <div {...text}>
                <Prose html={release.bodyHtml} />
              </div>

              {release.gallery.length > 0 && (
                <div className="mt-12 grid gap-6 sm:grid-cols-2 print:hidden">
                  {release.gallery.map((image) => (
                    <ReleaseImage
                      key={image.file}
                      locale={locale}
                      slug={slug}
                      folder={release.folder}
                      image={image}
                      sizes="(min-width: 640px) 50vw, 100vw"
                      creditLabel={credit(image.credit)}
                      text={text}
                    />
                  ))}
                </div>
              )}

              {release.corrections.length > 0 && (
                <section
                  aria-labelledby="corrections"
                  className="mt-12 max-w-(--container-measure) border-t border-line pt-6 print:mt-5 print:pt-3"
                >
                  <h2 id="corrections" className="font-bold">
                    {t('corrections')}
                  </h2>
                  <ul className="mt-3 space-y-2 text-sm">
                    {release.corrections.map((c) => (
                      <li key={c.date + c.text}>
                        <time dateTime={c.date} className="font-semibold">
                          {formatCalendarDate(locale, c.date)}
                        </time>
                        : <span {...text}>{c.text}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              )}

              {boilerplate && (
                <section
                  aria-labelledby="boilerplate"
                  className="mt-12 max-w-(--container-measure) border-t border-line pt-6 text-sm print:mt-5 print:pt-3"
                >
                  <h2 id="boilerplate" className="font-bold">
                    {boilerplate.title}
                  </h2>
                  <Prose html={boilerplate.bodyHtml} className="prose-sm mt-2 text-muted" />
                </section>
              )}
            </div>

            <aside className="space-y-8 print:mt-5">
              <section aria-labelledby="contacts" className="scroll-mt-20">
                <h2 id="contacts" className="mb-3 font-bold">
                  {t('contacts')}
                </h2>
                <div className="space-y-4 print:grid print:grid-cols-2 print:gap-4 print:space-y-0">
                  {contacts.map((contact) => (
                    <ContactCard key={contact.id} locale={locale} contact={contact} />
                  ))}
                </div>
              </section>
              <ReleaseDownloads locale={locale} release={release} />
              <ShareLinks locale={locale} url={url} title={release.title} />
              {release.models.length > 0 && (
                <section aria-labelledby="models" className="print:hidden">
                  <h2 id="models" className="mb-3 font-bold">
                    {t('models')}
                  </h2>
                  <ul className="flex flex-wrap gap-2">
                    {release.models.map((model) => (
                      <li key={model}>
                        <a href={archivePath(locale, { model })} className="rounded-full">
                          <Badge>{models(model)}</Badge>
                        </a>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              {related.length > 0 && (
                <section aria-labelledby="related" className="print:hidden">
                  <h2 id="related" className="mb-3 font-bold">
                    {t('related')}
                  </h2>
                  <ul className="space-y-3 text-sm">
                    {related.map(({ release: r, isFallback: inEnglish }) => (
                      <li key={r.slug}>
                        <a
                          className="font-semibold hover:underline"
                          href={releasePath(locale, r.slug)}
                          {...(inEnglish ? textAttributes(r.locale) : {})}
                        >
                          {r.title}
                        </a>
                        <span className="block text-muted">
                          <time dateTime={r.publishedAt}>{formatDate(locale, r.publishedAt, r.timeZone)}</time>
                        </span>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              {translations.some((l) => l !== locale) && (
                <section aria-labelledby="languages" className="print:hidden">
                  <h2 id="languages" className="mb-3 font-bold">
                    {t('alsoAvailableIn')}
                  </h2>
                  <ul className="space-y-1 text-sm">
                    {translations
                      .filter((l) => l !== locale)
                      .map((l) => (
                        <li key={l}>
                          <a
                            className="text-accent underline"
                            href={releasePath(l, slug)}
                            hrefLang={languageTag[l]}
                            {...textAttributes(l)}
                          >
                            {endonym[l]}
                          </a>
                        </li>
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
