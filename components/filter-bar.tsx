/** One filter link: a chip with its count, marked as the current page when it is the listing shown. */
export type FilterLink = { key: string; href: string; label: string; count: number; current: boolean };
export type FilterGroup = { key: string; heading: string; links: FilterLink[] };

const chip = 'inline-flex min-h-9 items-center gap-1.5 rounded-full border border-line px-3 text-sm hover:border-fg aria-[current]:border-fg aria-[current]:bg-fg aria-[current]:text-bg';

function Chip({ link }: { link: FilterLink }) {
  return (
    <a href={link.href} aria-current={link.current ? 'page' : undefined} className={chip}>
      {link.label} <span className="text-xs opacity-70">{link.count}</span>
    </a>
  );
}

/**
 * The filter bar of the archive and of the media library: plain links with counts, one URL per filter, usable
 * without JavaScript. What the links are and count is up to the listing (components/archive-filters.tsx,
 * components/media-filters.tsx).
 */
export function FilterBar({ label, all, groups }: { label: string; all: FilterLink; groups: FilterGroup[] }) {
  return (
    <nav aria-label={label} className="mt-8 space-y-4 rounded-2xl border border-line bg-surface p-5">
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
  );
}
