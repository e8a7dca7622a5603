import { getTranslations } from 'next-intl/server';
import type { ContentVideo } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { mediaPath } from '@/lib/routing';
import { UsageEnded } from '@/components/media/usage-ended';
import type { CaptionTrack } from '@/lib/video/tracks';
import { VideoFacade } from './video-facade';

/**
 * A release video in the browser's own player: the 720p film (H.264 Main and AAC, which every browser plays,
 * Debian's Chromium included), its poster, and one captions track per language, the reader's own shown by default
 * (else English). The browser's controls appear when the reader presses play (VideoFacade says why); without
 * JavaScript the `<noscript>` player has them from the start. The same element on the release page, the embed page
 * and the early-access page.
 */
export async function VideoPlayer({
  slug,
  video,
  tracks,
  locale,
  ended,
  href = (file) => mediaPath(slug, file),
}: {
  slug: string;
  video: ContentVideo;
  tracks: readonly CaptionTrack[];
  locale: Locale;
  /** The last day of use, once the video's usage period is over: a note stands where the player would. */
  ended?: string | undefined;
  /** Where the poster and film are sent from: the public media route, or an early-access link. */
  href?: (file: string) => string;
}) {
  if (ended) return <UsageEnded locale={locale} expires={ended} aspect="aspect-video" />;
  const shown = tracks.find((t) => t.locale === locale) ?? tracks.find((t) => t.locale === 'en');
  const translate = await getTranslations({ locale, namespace: 'video' });
  const player = (controls: boolean) => (
    <video
      controls={controls}
      preload="metadata"
      playsInline
      poster={href(video.poster)}
      width={1280}
      height={720}
      className="aspect-video h-auto w-full bg-black"
    >
      <source src={href(video.small)} type='video/mp4; codecs="avc1.4D401F, mp4a.40.2"' />
      {tracks.map((track) => (
        <track
          key={track.locale}
          kind="captions"
          srcLang={track.srclang}
          label={track.label}
          src={track.src}
          default={track === shown}
        />
      ))}
    </video>
  );
  return (
    <>
      <VideoFacade label={translate('play', { title: video.title })}>{player(false)}</VideoFacade>
      <noscript>{player(true)}</noscript>
    </>
  );
}
