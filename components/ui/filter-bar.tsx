/**
 * One chip of a filter bar with its count. `current`: it links to the listing shown (aria-current="page").
 * `removes`: an active filter whose link takes it off again, with the words that say so to a screen reader.
 * A choice that would list nothing (count 0, neither) is shown but is not a link.
 */
export type FilterLink = {
  key: string;
  href: string;
  label: string;
  count: number;
  current?: boolean;
  removes?: string;
};
export type FilterGroup = { key: string; heading: string; links: FilterLink[] };

const chip = 'inline-flex min-h-9 items-center gap-1.5 rounded-full border px-3 text-sm';
const linkChip = `${chip} border-line hover:border-fg aria-[current]:border-fg aria-[current]:bg-fg aria-[current]:text-bg`;

function Chip({ link }: { link: FilterLink }) {
  if (link.count === 0 && !link.current && !link.removes) {
    return (
      <span className={`${chip} border-dashed border-line text-muted`}>
        {link.label} <span className="text-xs">{link.count}</span>
      </span>
    );
  }
  return (
    <a href={link.href} aria-current={link.removes ? 'true' : link.current ? 'page' : undefined} className={linkChip}>
      {link.label} <span className="text-xs opacity-70">{link.count}</span>
      {link.removes && (
        <>
          <span aria-hidden="true" className="text-base leading-none">
            ×
          </span>
          <span className="sr-only">({link.removes})</span>
        </>
      )}
    </a>
  );
}

/**
 * The filter bar of the archive and of the media library: plain links with counts, one URL per choice, usable
 * without JavaScript. On a small screen it is a closed disclosure whose `summary` names the active filters, so
 * the listing starts on the first screen; from `md` up its content is always shown (::details-content) and the summary
 * is hidden, except in browsers without ::details-content, which keep the summary to open it. What the links are
 * and count is up to the listing (components/archive/archive-filters.tsx, components/media/media-filters.tsx).
 */
export function FilterBar({
  label,
  summary,
  all,
  groups,
}: {
  label: string;
  summary: string;
  all: FilterLink;
  groups: FilterGroup[];
}) {
  return (
    <details className="mt-8 rounded-2xl border border-line bg-surface md:details-content:[content-visibility:visible]">
      <summary className="min-h-11 cursor-pointer px-5 py-3 supports-[selector(::details-content)]:md:hidden">
        <span className="font-semibold">{summary}</span>
      </summary>
      <nav aria-label={label} className="space-y-4 px-5 pb-5 md:pt-5">
        <p>
          <Chip link={all} />
        </p>
        {groups.map((group) => (
          <div key={group.key} className="flex flex-wrap items-center gap-2">
            <h2 className="me-2 w-16 shrink-0 text-xs font-bold uppercase tracking-wide text-muted">{group.heading}</h2>
            <ul className="flex flex-wrap gap-2">
              {group.links.map((link) => (
                <li key={link.key}>
                  <Chip link={link} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
    </details>
  );
}
