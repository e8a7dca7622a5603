import type { Locale } from '@/lib/i18n/locales';
import type { ContactData, PageFrontmatter, ReleaseFrontmatter } from './schema';

/** A release in one locale, as pages use it. */
export type Release = ReleaseFrontmatter & {
  slug: string;
  locale: Locale;
  /** Folder under content/releases, e.g. "2025-07-15-first-half-2025": where its images live. */
  folder: string;
  bodyHtml: string;
  bodyMarkdown: string;
};

/** A release as listed in an archive of `locale`: its own translation, or English marked as a fallback. */
export type ReleaseListing = { release: Release; isFallback: boolean };

export type Page = PageFrontmatter & {
  /** Path below the locale, e.g. "about/history". */
  path: string;
  locale: Locale;
  bodyHtml: string;
};

type Snippet = { name: string; locale: Locale; title: string; bodyHtml: string };

/** A press desk as stored: its name and role in every language written. */
export type ContactEntry = ContactData & { id: string };

/** A press desk as a reader of one language sees it: name and role in that language (English where not written). */
export type Contact = Omit<ContactEntry, 'name' | 'role'> & { name: string; role: string };

type KeyFigure = { id: string; order: number; value: string; label: Partial<Record<Locale, string>> & { en: string }; source: string };

export type ContentData = {
  releases: readonly Release[];
  pages: readonly Page[];
  snippets: readonly Snippet[];
  contacts: readonly ContactEntry[];
  figures: readonly KeyFigure[];
};
