import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/page-shell';
import { ReleaseText } from '@/components/release/release-body';
import { ReleaseHeader } from '@/components/release/release-header';
import { Container } from '@/components/ui/container';
import { LabelledSection } from '@/components/ui/labelled-section';
import type { VerifiedGrant } from '@/lib/content/early';
import type { ReleaseFile } from '@/lib/content/queries';
import type { ContentImage, ContentVideo } from '@/lib/content/schema';
import type { Release } from '@/lib/content/types';
import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/i18n/format';
import { languageTag, locales, textAttributes, type Locale, type TextAttributes } from '@/lib/i18n/locales';
import { imageInfo } from '@/lib/media/files';
import { fileTypeLabel, formatFileSize, formatPixels, mediaTypeOf } from '@/lib/media/format';
import { deliveredSize } from '@/lib/media/original';
import { releasePressKit } from '@/lib/press-kit/load';
import { earlyFilePath, earlyPath, earlyPressKitFile, mediaDownloadName, pathsIn } from '@/lib/routing';
import { FilmDownloads } from '@/components/video/film-downloads';
import { VideoPlayer } from '@/components/video/video-player';
import { tracksOf } from '@/lib/video/tracks';

const button = 'inline-flex min-h-11 items-center rounded-full border border-line px-4 font-semibold hover:border-fg';

type Props = {
  locale: Locale;
  token: string;
  grant: VerifiedGrant;
  release: Release;
  isFallback: boolean;
  reader: { name: string; outlet: string };
  /** The embargo note its pictures carry inside, the press kit's too. */
  instructions: string;
  /** A file of the release, found through the grant (lib/content/early.ts). */
  find: (file: string) => ReleaseFile | undefined;
};

/**
 * A release as the person an early-access link names reads it before the lift: the embargo banner with their name
 * on every view, the text, every picture with its credit and original, the videos, the attachments and the press
 * kit, each file served only through the same token (/early/{token}/{file}). Plain <img>: next/image would fetch
 * the file through its optimizer and keep the result in a shared cache.
 */
export async function EarlyRelease({ locale, token, grant, release, isFallback, reader, instructions, find }: Props) {
  const t = await getTranslations({ locale, namespace: 'early' });
  const media = await getTranslations({ locale, namespace: 'media' });
  const text = isFallback ? textAttributes(release.locale) : {};
  const kit = await releasePressKit(release, instructions);
  const sizeOf = async (file: string) => {
    const found = find(file);
    if (!found) throw new Error(`${release.slug} names ${file}, but the grant does not find it`);
    return deliveredSize(found);
  };
  const attachments = await Promise.all(release.attachments.map(async (a) => ({ ...a, bytes: await sizeOf(a.file) })));
  const info = (file: string, bytes: number) =>
    media('fileInfo', { type: fileTypeLabel(file), size: formatFileSize(locale, bytes) });

  return (
    <PageShell locale={locale} alternates={pathsIn(locales, (l) => earlyPath(l, token))}>
      <div
        role="note"
        className="sticky top-0 z-20 border-y-4 border-[#b00020] bg-[#fff1f2] px-gutter py-3 text-center font-extrabold text-[#7a0015] print:static"
        data-early-banner
      >
        <p>
          {t('banner', {
            date: formatDateTime(locale, grant.publishedAt, grant.timeZone),
            name: reader.name,
            outlet: reader.outlet,
          })}
        </p>
      </div>
      <article>
        <Container className="pt-10 pb-6 sm:pt-14">
          <p className="mb-6 max-w-(--container-measure) rounded-xl border border-line p-4 text-sm">{t('personal')}</p>
          <ReleaseHeader
            locale={locale}
            release={release}
            isFallback={isFallback}
            url={`${env.siteUrl}${earlyPath(locale, token)}`}
          />
        </Container>
        <Container className="pb-14">
          <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem]">
            <div className="space-y-10">
              <ReleaseText locale={locale} release={release} text={text} />
              <LabelledSection id="early-images" heading={t('images')} headingClassName="mb-4 text-xl font-bold">
                <div className="grid gap-6 sm:grid-cols-2">
                  {await Promise.all(
                    [release.hero, ...release.gallery].map(async (image) => (
                      <EarlyImage
                        key={image.file}
                        locale={locale}
                        token={token}
                        release={release}
                        image={image}
                        text={text}
                        bytes={await sizeOf(image.file)}
                      />
                    )),
                  )}
                </div>
              </LabelledSection>
              {release.videos.length > 0 && (
                <LabelledSection id="early-videos" heading={t('video')} headingClassName="mb-4 text-xl font-bold">
                  {await Promise.all(
                    release.videos.map(async (video) => (
                      <EarlyVideo
                        key={video.file}
                        locale={locale}
                        token={token}
                        grant={grant}
                        release={release}
                        video={video}
                        text={text}
                        sizeOf={sizeOf}
                      />
                    )),
                  )}
                </LabelledSection>
              )}
            </div>
            <LabelledSection id="downloads" heading={media('downloads')}>
              <ul className="space-y-3 text-sm">
                <li>
                  <a
                    href={earlyFilePath(token, earlyPressKitFile(release.locale))}
                    download={kit.fileName}
                    type="application/zip"
                    className="group block rounded-xl border border-line p-3 hover:border-fg"
                    data-press-kit
                  >
                    <span className="font-semibold group-hover:underline">{media('pressKit')}</span>{' '}
                    <span className="block text-muted">{info('.zip', kit.size)}</span>
                  </a>
                  <p className="mt-1 px-3 text-xs text-muted">{media('pressKitHint')}</p>
                </li>
                {attachments.map((attachment) => (
                  <li key={attachment.file}>
                    <a
                      href={earlyFilePath(token, attachment.file)}
                      download={mediaDownloadName(release.slug, attachment.file)}
                      type={mediaTypeOf(attachment.file)}
                      hrefLang={languageTag[attachment.language]}
                      className="group block rounded-xl border border-line p-3 hover:border-fg"
                      data-attachment
                    >
                      <span className="font-semibold group-hover:underline">{attachment.title}</span>{' '}
                      <span className="block text-muted">{info(attachment.file, attachment.bytes)}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </LabelledSection>
          </div>
        </Container>
      </article>
    </PageShell>
  );
}

async function EarlyImage({
  locale,
  token,
  release,
  image,
  text,
  bytes,
}: {
  locale: Locale;
  token: string;
  release: Release;
  image: ContentImage;
  text: TextAttributes;
  bytes: number;
}) {
  const media = await getTranslations({ locale, namespace: 'media' });
  const { width, height } = await imageInfo(release.folder, image.file);
  const captionId = `early-${image.file.replace(/[^a-z0-9-]/g, '-')}`;
  return (
    <figure className="overflow-hidden rounded-2xl border border-line bg-surface" data-early-image={image.file}>
      {/* eslint-disable-next-line @next/next/no-img-element -- no optimizer: it would cache an embargoed picture */}
      <img
        src={earlyFilePath(token, image.file)}
        alt={image.alt}
        {...text}
        width={width}
        height={height}
        loading="lazy"
        className="aspect-[3/2] h-auto w-full bg-bg object-contain"
      />
      <figcaption className="space-y-2 p-4 text-sm">
        <p id={captionId} {...text}>
          {image.caption}
        </p>
        <p className="text-muted">
          {media('credit')}: <bdi>{image.credit}</bdi> · {media(`usageTerms.${image.usage}`)}
        </p>
        <a
          href={earlyFilePath(token, image.file)}
          download={mediaDownloadName(release.slug, image.file)}
          aria-describedby={captionId}
          data-bytes={bytes}
          className={button}
        >
          {media('download', { dimensions: formatPixels(locale, width, height), size: formatFileSize(locale, bytes) })}
        </a>
      </figcaption>
    </figure>
  );
}

async function EarlyVideo({
  locale,
  token,
  grant,
  release,
  video,
  text,
  sizeOf,
}: {
  locale: Locale;
  token: string;
  grant: VerifiedGrant;
  release: Release;
  video: ContentVideo;
  text: TextAttributes;
  sizeOf: (file: string) => Promise<number>;
}) {
  const fileHref = (file: string) => earlyFilePath(token, file);
  const headingId = `early-video-${video.file.replace(/[^a-z0-9-]/g, '-')}`;
  return (
    <article className="space-y-3" aria-labelledby={headingId}>
      <h3 id={headingId} className="font-semibold" {...text}>
        {video.title}
      </h3>
      <VideoPlayer
        slug={release.slug}
        video={video}
        tracks={tracksOf((l) => grant.versions.get(l), video, fileHref)}
        locale={locale}
        href={fileHref}
      />
      <p className="text-sm text-muted" {...text}>
        {video.description}
      </p>
      <FilmDownloads
        locale={locale}
        slug={release.slug}
        folder={release.folder}
        video={video}
        describedBy={headingId}
        linkClassName="inline-flex min-h-11 items-center font-semibold underline decoration-line underline-offset-4"
        source={{ href: fileHref, size: sizeOf }}
      />
    </article>
  );
}
