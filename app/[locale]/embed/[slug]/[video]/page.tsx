import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { VideoPlayer } from '@/components/video/video-player';
import { content } from '@/lib/content';
import { isLocale } from '@/lib/i18n/locales';
import { releasePath } from '@/lib/routing';
import { captionTracks, videoId } from '@/lib/video/tracks';

/** Like release pages: rendered on first request, refreshed every minute (an embargo lifts, a video is corrected). */
export const revalidate = 60;

/**
 * None is built ahead: a player page is made on its first request and then cached like a release page. Without
 * this the route is dynamic and answers `private, no-store`, so neither a CDN nor the nginx front keeps a page
 * that other sites' readers load on every view.
 */
export function generateStaticParams() {
  return [];
}

function find(locale: string, slug: string, id: string) {
  if (!isLocale(locale)) return undefined;
  const listing = content.getReleaseListing(locale, slug);
  const video = listing?.release.videos.find((v) => videoId(v) === id);
  return listing && video ? { locale, release: listing.release, video } : undefined;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/embed/[slug]/[video]'>): Promise<Metadata> {
  const { locale, slug, video: id } = await params;
  const found = find(locale, slug, id);
  // Search engines find the video through the release page's structured data (embedUrl), not here.
  return found ? { title: found.video.title, robots: { index: false, follow: true } } : {};
}

/**
 * /{locale}/embed/{slug}/{video}: a release video's player alone, for other sites to frame with the embed code
 * (the only frameable page: next.config.ts), with its title, credit and a link to the release. No header or
 * navigation: nothing but the player and its caption tracks.
 */
export default async function EmbedPage({ params }: PageProps<'/[locale]/embed/[slug]/[video]'>) {
  const { locale, slug, video: id } = await params;
  const found = find(locale, slug, id);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const t = await getTranslations({ locale: found.locale, namespace: 'video' });
  const media = await getTranslations({ locale: found.locale, namespace: 'media' });
  const { release, video } = found;
  return (
    <main className="mx-auto max-w-5xl">
      <h1 className="sr-only">{video.title}</h1>
      <VideoPlayer
        slug={slug}
        video={video}
        tracks={captionTracks(slug, video)}
        locale={found.locale}
        ended={content.usageEndOf(release, video)}
      />
      <p className="flex flex-wrap justify-between gap-x-4 px-2 py-1 text-xs text-muted">
        <a href={releasePath(found.locale, slug)} target="_top" className="underline underline-offset-4">
          {t('fromRelease', { title: release.title })}
        </a>
        <span>
          {media('credit')}: <bdi>{video.credit}</bdi>
        </span>
      </p>
    </main>
  );
}
