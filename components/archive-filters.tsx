import { getTranslations } from 'next-intl/server';
import { content, type ReleaseFilter } from '@/lib/content';
import { facetValues, parseFacet, type Facet } from '@/lib/facets';
import type { Locale } from '@/lib/i18n/locales';
import { archivePath } from '@/lib/urls';

/** Topic, model and year filters as plain links with counts: usable without JavaScript, one URL per filter. */
export async function ArchiveFilters({ locale, active }: { locale: Locale; active: ReleaseFilter }) {
  const t = await getTranslations({ locale, namespace: 'releases' });
  const topics = await getTranslations({ locale, namespace: 'topics' });
  const models = await getTranslations({ locale, namespace: 'models' });
  const groups: { facet: Facet; heading: string; label: (value: string) => string }[] = [
    { facet: 'topic', heading: t('byTopic'), label: (v) => topics(v as Parameters<typeof topics>[0]) },
    { facet: 'model', heading: t('byModel'), label: (v) => models(v as Parameters<typeof models>[0]) },
    { facet: 'year', heading: t('byYear'), label: (v) => v },
  ];
  const isAll = !active.topic && !active.model && !active.year;
  const chip = 'inline-flex min-h-9 items-center gap-1.5 rounded-full border border-line px-3 text-sm hover:border-fg aria-[current]:border-fg aria-[current]:bg-fg aria-[current]:text-bg';

  return (
    <nav aria-label={t('filters')} className="mt-8 space-y-4 rounded-2xl border border-line bg-surface p-5">
      <p>
        <a href={archivePath(locale)} aria-current={isAll ? 'page' : undefined} className={chip}>
          {t('all')} <span className="text-xs opacity-70">{content.listAllReleases(locale).length}</span>
        </a>
      </p>
      {groups.map(({ facet, heading, label }) => (
        <div key={facet} className="flex flex-wrap items-center gap-2">
          <h2 className="me-2 w-16 shrink-0 text-xs font-bold uppercase tracking-wide text-muted">{heading}</h2>
          <ul className="flex flex-wrap gap-2">
            {facetValues(facet).map((value) => {
              const filter = parseFacet(facet, value) ?? {};
              const count = content.listAllReleases(locale, filter).length;
              const current = JSON.stringify(filter) === JSON.stringify(active);
              return (
                <li key={value}>
                  <a href={archivePath(locale, filter)} aria-current={current ? 'page' : undefined} className={chip}>
                    {label(value)} <span className="text-xs opacity-70">{count}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
