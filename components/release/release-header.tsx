import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { Release } from '@/lib/content';
import { formatDate } from '@/lib/i18n/format';
import { textAttributes, type Locale } from '@/lib/i18n/locales';
import { archivePath } from '@/lib/routing';
import { Dateline } from './dateline';

/**
 * The head of a release page: its topics, title, summary, dateline and last update. A release shown in a language
 * it was not written in (the English original in a French interface) says so first, and its own text keeps its
 * language and direction.
 */
export async function ReleaseHeader({
  locale,
  release,
  isFallback,
  url,
}: {
  locale: Locale;
  release: Release;
  isFallback: boolean;
  /** The page's absolute address, printed under the header on paper. */
  url: string;
}) {
  const t = await getTranslations({ locale, namespace: 'release' });
  const topics = await getTranslations({ locale, namespace: 'topics' });
  const text = isFallback ? textAttributes(release.locale) : {};
  return (
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
              <time dateTime={release.updatedAt}>{formatDate(locale, release.updatedAt ?? '', release.timeZone)}</time>
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
  );
}
