import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import { regions, type Region } from './taxonomy';
import type { Contact, ContactEntry, ContentData, Page } from './types';

/**
 * Queries of the content that has no embargo and no clock: brand pages, snippets, press contacts and key figures,
 * each in the reader's language with English where a translation is missing. Part of createQueries (./queries.ts).
 */
export function createSiteQueries(data: () => ContentData) {
  const byOrder = (a: Page, b: Page) => a.order - b.order || a.title.localeCompare(b.title);

  function getPage(locale: Locale, path: string): Page | undefined {
    return data().pages.find((page) => page.locale === locale && page.path === path);
  }

  /** A brand page as a reader of `locale` gets it: its translation, else the English one marked as a fallback. */
  function getPageListing(locale: Locale, path: string): { page: Page; isFallback: boolean } | undefined {
    const own = getPage(locale, path);
    const page = own ?? getPage(defaultLocale, path);
    return page && { page, isFallback: !own };
  }

  function pageLocales(path: string): Locale[] {
    return data().pages.filter((page) => page.path === path).map((page) => page.locale);
  }

  /** Top-level header entries of a locale, in content order. */
  function mainNavigation(locale: Locale): Page[] {
    return data().pages.filter((p) => p.locale === locale && p.nav === 'main').sort(byOrder);
  }

  /** Section pages directly below `path`, in content order. */
  function childPages(locale: Locale, path: string): Page[] {
    return data()
      .pages.filter((p) => p.locale === locale && p.nav !== 'none' && p.path.startsWith(`${path}/`) && !p.path.slice(path.length + 1).includes('/'))
      .sort(byOrder);
  }

  /** The brand pages written in `locale` (not the English ones shown in their place), in content order. */
  function listPages(locale: Locale): Page[] {
    return data().pages.filter((page) => page.locale === locale);
  }

  /** Every brand page's path, once, whatever languages it is written in. */
  function pagePaths(): string[] {
    return [...new Set(data().pages.map((page) => page.path))];
  }

  /** The brand pages a reader of `locale` can open: the ones written in it and the English ones not yet translated. */
  function pagePathsIn(locale: Locale): string[] {
    return pagePaths().filter((path) => getPageListing(locale, path));
  }

  /** The brand pages from the top of `path`'s section down to `path` itself, as a reader of `locale` gets them. */
  function pageTrail(locale: Locale, path: string): Page[] {
    const segments = path.split('/');
    return segments.flatMap((_, i) => getPageListing(locale, segments.slice(0, i + 1).join('/'))?.page ?? []);
  }

  function getSnippet(locale: Locale, name: string) {
    const snippets = data().snippets.filter((s) => s.name === name);
    return snippets.find((s) => s.locale === locale) ?? snippets.find((s) => s.locale === defaultLocale);
  }

  const localize = (entry: ContactEntry, locale: Locale): Contact => ({
    ...entry,
    name: entry.name[locale] ?? entry.name.en,
    role: entry.role[locale] ?? entry.role.en,
  });

  /** Press desks in `locale`: the ones named by `ids`, in that order, or all of them in content order. */
  function contacts(locale: Locale, ids?: readonly string[]): Contact[] {
    const entries = ids ? ids.flatMap((id) => data().contacts.filter((entry) => entry.id === id)) : data().contacts;
    return entries.map((entry) => localize(entry, locale));
  }

  /** The contacts page's sections: the regions that have a press desk, in the taxonomy's order. */
  function contactsByRegion(locale: Locale): { region: Region; contacts: Contact[] }[] {
    const all = contacts(locale);
    return regions
      .map((region) => ({ region, contacts: all.filter((contact) => contact.region === region) }))
      .filter((group) => group.contacts.length > 0);
  }

  /** Key figures with their label in `locale` (English where a translation is missing), in content order. */
  function keyFigures(locale: Locale) {
    return [...data().figures]
      .sort((a, b) => a.order - b.order)
      .map((figure) => ({ id: figure.id, value: figure.value, label: figure.label[locale] ?? figure.label.en, source: figure.source }));
  }

  return {
    getPage,
    getPageListing,
    pageLocales,
    mainNavigation,
    childPages,
    pagePaths,
    pagePathsIn,
    pageTrail,
    listPages,
    getSnippet,
    contacts,
    contactsByRegion,
    keyFigures,
  };
}
