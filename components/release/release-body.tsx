import { getTranslations } from 'next-intl/server';
import { LabelledSection } from '@/components/ui/labelled-section';
import { Prose } from '@/components/ui/prose';
import type { Release } from '@/lib/content';
import { formatCalendarDate } from '@/lib/i18n/format';
import type { Locale, TextAttributes } from '@/lib/i18n/locales';
import { ReleaseImage } from './release-image';
import { VideoSection } from '@/components/video/video-section';

/** A release's text: highlights, body, gallery, videos, corrections and the company boilerplate below them. */
export async function ReleaseBody({
  locale,
  release,
  text,
  boilerplate,
}: {
  locale: Locale;
  release: Release;
  /** Language and direction of the release's own text where it differs from the page's (see ReleaseHeader). */
  text: TextAttributes;
  boilerplate: { title: string; bodyHtml: string } | undefined;
}) {
  const t = await getTranslations({ locale, namespace: 'release' });
  const slug = release.slug;
  return (
    <div>
      <ReleaseText locale={locale} release={release} text={text} />

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
              text={text}
            />
          ))}
        </div>
      )}

      <VideoSection locale={locale} release={release} text={text} />

      {release.corrections.length > 0 && (
        <LabelledSection
          id="corrections"
          heading={t('corrections')}
          className="mt-12 max-w-(--container-measure) border-t border-line pt-6 print:mt-5 print:pt-3"
        >
          <ul className="space-y-2 text-sm">
            {release.corrections.map((c) => (
              <li key={c.date + c.text}>
                <time dateTime={c.date} className="font-semibold">
                  {formatCalendarDate(locale, c.date)}
                </time>
                : <span {...text}>{c.text}</span>
              </li>
            ))}
          </ul>
        </LabelledSection>
      )}

      {boilerplate && (
        <LabelledSection
          id="boilerplate"
          heading={boilerplate.title}
          className="mt-12 max-w-(--container-measure) border-t border-line pt-6 text-sm print:mt-5 print:pt-3"
          headingClassName="font-bold"
        >
          <Prose html={boilerplate.bodyHtml} className="prose-sm mt-2 text-muted" />
        </LabelledSection>
      )}
    </div>
  );
}

/** A release's highlights and body: its words, the same on the public page and behind an early-access link. */
export async function ReleaseText({
  locale,
  release,
  text,
}: {
  locale: Locale;
  release: Release;
  text: TextAttributes;
}) {
  const t = await getTranslations({ locale, namespace: 'release' });
  return (
    <>
      {release.highlights.length > 0 && (
        <LabelledSection
          id="highlights"
          heading={t('highlights')}
          className="mb-10 max-w-(--container-measure) rounded-2xl bg-accent-soft p-6 print:mb-4 print:border print:border-line print:p-3"
        >
          <ul className="list-disc space-y-2 ps-5" {...text}>
            {release.highlights.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </LabelledSection>
      )}
      <div {...text}>
        <Prose html={release.bodyHtml} />
      </div>
    </>
  );
}
