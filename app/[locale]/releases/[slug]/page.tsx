import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/page-shell';
import { PreviewBanner } from '@/components/release/preview-banner';
import { ReleaseAside } from '@/components/release/release-aside';
import { ReleaseBody } from '@/components/release/release-body';
import { ReleaseHeader } from '@/components/release/release-header';
import { ReleaseImage } from '@/components/release/release-image';
import { ReleaseActionBar } from '@/components/release/release-tools';
import { Container } from '@/components/ui/container';
import { JsonLd } from '@/components/ui/json-ld';
import { content } from '@/lib/content';
import { releaseTexts } from '@/lib/content/release-text';
import { env } from '@/lib/env';
import { renditionFacts } from '@/lib/media/renditions/delivered';
import { filmInfo } from '@/lib/media/files';
import { copyrightNotice } from '@/lib/media/image-rights';
import { captionTracks, readerTrack, transcriptOf, videoId } from '@/lib/video/tracks';
import { languageTag, locales, textAttributes } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { formatFileSize } from '@/lib/media/format';
import { OG_SIZE } from '@/lib/og/card';
import { pressKitSize } from '@/lib/press-kit/load';
import {
  archivePath,
  embedPath,
  homePath,
  mediaPath,
  pathsIn,
  pressKitFileName,
  pressKitPath,
  releaseOgImagePath,
  releasePath,
} from '@/lib/routing';
import { newestToPrerender } from '@/lib/routing/prerender';
import { breadcrumbList, newsArticle } from '@/lib/seo/structured-data';
import { pageMetadata } from '@/lib/seo/metadata';

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
  const url = `${env.siteUrl}${releasePath(locale, slug)}`;
  const copy = releaseTexts(release, content.contacts(release.locale, release.contacts), env.siteUrl);
  const kitBytes = await pressKitSize(release.locale, slug);
  // Search engines ask for article images in 1:1, 4:3 and 16:9 (none once the hero's usage period is over).
  const structuredDataImages = content.usageEndOf(release, release.hero)
    ? []
    : await Promise.all(
        (['1x1', '4x3', '16x9'] as const).map((rendition) => renditionFacts(slug, release.hero.file, rendition)),
      );
  const nav = await getTranslations({ locale, namespace: 'nav' });
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
    // Every language has this release (translated or not), so the language switcher keeps the reader on it.
    <PageShell locale={locale} alternates={pathsIn(locales, (l) => releasePath(l, slug))} current={archivePath(locale)}>
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
          images: structuredDataImages.map((image) => image.href),
          videos: await Promise.all(
            // A video past its usage period is handed out nowhere, structured data included.
            release.videos
              .filter((video) => !content.usageEndOf(release, video))
              .map(async (video) => ({
                name: video.title,
                description: video.description,
                thumbnail: mediaPath(slug, video.poster),
                content: mediaPath(slug, video.file),
                embed: embedPath(locale, slug, videoId(video)),
                duration: filmInfo(release.folder, video.file).duration,
                transcript: (
                  await transcriptOf(release.folder, readerTrack(captionTracks(slug, video), release.locale))
                ).join('\n\n'),
                credit: video.credit,
                copyrightNotice: copyrightNotice(release, video),
              })),
          ),
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
          <ReleaseHeader locale={locale} release={release} isFallback={isFallback} url={url} />
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
              text={text}
            />
          </div>

          <div className="mt-10 grid below-fold gap-12 lg:grid-cols-[minmax(0,1fr)_18rem] print:mt-4 print:block">
            <ReleaseBody
              locale={locale}
              release={release}
              text={text}
              boilerplate={content.getSnippet(locale, 'about-smart')}
            />
            <ReleaseAside
              locale={locale}
              release={release}
              url={url}
              contacts={content.contacts(locale, release.contacts)}
              related={content.relatedReleases(locale, slug)}
              translations={content.releaseLocales(slug)}
            />
          </div>
        </Container>
      </article>
    </PageShell>
  );
}
