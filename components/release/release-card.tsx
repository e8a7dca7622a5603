import { getTranslations } from 'next-intl/server';
import type { ReleaseListing } from '@/lib/content';
import { formatDate } from '@/lib/i18n/format';
import { textAttributes, type Locale } from '@/lib/i18n/locales';
import { releasePath } from '@/lib/routing';
import { releaseStatus } from './preview-banner';
import { Badge } from '../ui/badge';

/** One release in a list: date, topics, title (the link), summary; English fallbacks say so. */
export async function ReleaseCard({
  locale,
  listing,
  headingLevel = 3,
}: {
  locale: Locale;
  listing: ReleaseListing;
  headingLevel?: 2 | 3;
}) {
  const { release, isFallback } = listing;
  const t = await getTranslations({ locale, namespace: 'releases' });
  const topics = await getTranslations({ locale, namespace: 'topics' });
  const Heading = `h${headingLevel}` as const;
  const status = await releaseStatus(locale, release);
  // An English original in another language's list: its text says so to the browser (lang, dir).
  const text = isFallback ? textAttributes(release.locale) : {};
  return (
    <article className="group relative flex flex-col gap-3 border-t border-line py-6">
      <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
        <time dateTime={release.publishedAt}>{formatDate(locale, release.publishedAt, release.timeZone)}</time>
        {release.topics.map((topic) => (
          <Badge key={topic}>{topics(topic)}</Badge>
        ))}
        {status && <Badge tone="accent">{status}</Badge>}
        {isFallback && (
          <Badge tone="accent" title={t('inEnglishTitle')}>
            {t('inEnglish')}
          </Badge>
        )}
      </div>
      <Heading className="text-xl font-bold leading-snug tracking-tight" {...text}>
        <a href={releasePath(locale, release.slug)} className="after:absolute after:inset-0 group-hover:underline">
          {release.title}
        </a>
      </Heading>
      <p className="text-muted" {...text}>
        {release.summary}
      </p>
    </article>
  );
}
