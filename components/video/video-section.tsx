import { getTranslations } from 'next-intl/server';
import { AddToBasket } from '@/components/basket/add-to-basket';
import { addToBasketLabels } from '@/components/basket/labels';
import { CopyButton } from '@/components/ui/copy-button';
import { LabelledSection } from '@/components/ui/labelled-section';
import { content, type Release } from '@/lib/content';
import { env } from '@/lib/env';
import { endonym, textAttributes, type Locale, type TextAttributes } from '@/lib/i18n/locales';
import { formatFileSize } from '@/lib/media/format';
import { originalSize } from '@/lib/media/original';
import { embedPath, mediaDownloadName } from '@/lib/routing';
import { captionTracks, readerTrack, transcriptOf, videoId } from '@/lib/video/tracks';
import { FilmDownloads } from './film-downloads';
import { VideoPlayer } from './video-player';
import { escapeHtml } from '@/lib/html-escape';

const textLink = 'underline decoration-line underline-offset-4 hover:decoration-fg';

/** The embed code of a video: this site's player page in a responsive frame, nothing of another site. */
const embedCode = (src: string, title: string) =>
  `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="640" height="360" loading="lazy" allow="fullscreen; picture-in-picture" style="border:0;width:100%;height:auto;aspect-ratio:16/9"></iframe>`;

/**
 * A release's videos: the player with captions in every language the release is published in, the transcript, the
 * films to download with their pixels and sizes, the caption files, and the embed code of the player page.
 */
export async function VideoSection({
  locale,
  release,
  text,
}: {
  locale: Locale;
  release: Release;
  text: TextAttributes;
}) {
  if (release.videos.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'video' });
  const media = await getTranslations({ locale, namespace: 'media' });
  const slug = release.slug;
  return (
    <LabelledSection
      id="videos"
      heading={t('heading')}
      className="mt-12 print:hidden"
      headingClassName="mb-4 text-xl font-bold"
    >
      {await Promise.all(
        release.videos.map(async (video) => {
          const id = videoId(video);
          const tracks = captionTracks(slug, video);
          const transcriptTrack = readerTrack(tracks, locale);
          const paragraphs = await transcriptOf(release.folder, transcriptTrack);
          const ended = content.usageEndOf(release, video);
          const captionFiles = await Promise.all(
            tracks.map(async (track) => ({ ...track, bytes: await originalSize(slug, track.file) })),
          );
          const code = embedCode(`${env.siteUrl}${embedPath(locale, slug, id)}`, video.title);
          const headingId = `video-${id}`;
          return (
            <article key={video.file} className="space-y-4" aria-labelledby={headingId}>
              <h3 id={headingId} className="font-semibold" {...text}>
                {video.title}
              </h3>
              <VideoPlayer slug={slug} video={video} tracks={tracks} locale={locale} ended={ended} />
              <p className="text-sm text-muted" {...text}>
                {video.description}
              </p>
              <p className="text-sm">
                {media('credit')}: <bdi>{video.credit}</bdi> · {media(`usageTerms.${video.usage}`)}
              </p>
              {paragraphs.length > 0 && transcriptTrack && (
                <details>
                  <summary className={`inline-flex min-h-11 cursor-pointer items-center ${textLink}`}>
                    {t('transcript')}
                  </summary>
                  <div className="space-y-2 text-sm" {...textAttributes(transcriptTrack.locale)}>
                    {paragraphs.map((paragraph) => (
                      <p key={paragraph}>{paragraph}</p>
                    ))}
                  </div>
                </details>
              )}
              {!ended && (
                <>
                  <AddToBasket
                    locale={locale}
                    slug={slug}
                    file={video.file}
                    caption={video.title}
                    labels={addToBasketLabels(locale)}
                    describedBy={headingId}
                  />
                  <FilmDownloads
                    locale={locale}
                    slug={slug}
                    folder={release.folder}
                    video={video}
                    describedBy={headingId}
                    linkClassName={`inline-flex min-h-11 items-center font-semibold ${textLink}`}
                  />
                  <p className="text-sm">
                    {t('captions')}:{' '}
                    {captionFiles.map((file, i) => (
                      <span key={file.file}>
                        {i > 0 && ' · '}
                        <a
                          href={file.src}
                          download={mediaDownloadName(slug, file.file)}
                          data-bytes={file.bytes}
                          className={textLink}
                        >
                          {t('captionsDownload', {
                            language: endonym[file.locale],
                            size: formatFileSize(locale, file.bytes),
                          })}
                        </a>
                      </span>
                    ))}
                  </p>
                  <div className="space-y-2">
                    <label htmlFor={`${headingId}-embed`} className="block text-sm font-semibold">
                      {t('embed')}
                    </label>
                    <p id={`${headingId}-embed-hint`} className="text-sm text-muted">
                      {t('embedHint')}
                    </p>
                    <textarea
                      id={`${headingId}-embed`}
                      readOnly
                      rows={3}
                      dir="ltr"
                      aria-describedby={`${headingId}-embed-hint`}
                      className="w-full rounded-lg border border-line bg-bg p-2 font-mono text-xs"
                      defaultValue={code}
                    />
                    <CopyButton
                      text={code}
                      label={t('copyEmbed')}
                      done={t('copied')}
                      className="inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm font-semibold hover:border-fg"
                    />
                  </div>
                </>
              )}
            </article>
          );
        }),
      )}
    </LabelledSection>
  );
}
