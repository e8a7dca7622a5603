import { isLocale, locales, type Locale } from '@/lib/i18n/locales';

/**
 * How a Markdown file names its language, in one place. A release folder holds `index.<locale>.md` beside its
 * pictures and PDFs: the form the web editor writes (Sveltia CMS, i18n structure `multiple_files`, entry path
 * `{{slug}}/index`). Brand pages and snippets keep `<locale>.md`. The slug still comes from the folder name, so
 * file names never reach a URL.
 */
export const releaseFileName = (locale: Locale) => `index.${locale}.md`;

/** The locale a release file is written in, or undefined when its name is not `index.<locale>.md`. */
export function releaseFileLocale(name: string): Locale | undefined {
  const locale = name.match(/^index\.([^.]+)\.md$/)?.[1];
  return isLocale(locale) ? locale : undefined;
}

/** contentlayer's glob for the release files inside a release folder. */
export const releaseFileGlob = 'index.*.md';

export const pageFileName = (locale: Locale) => `${locale}.md`;

/** The locale of a brand page's or snippet's file, or undefined when its name is not `<locale>.md`. */
export function pageFileLocale(name: string): Locale | undefined {
  const locale = name.match(/^([^.]+)\.md$/)?.[1];
  return isLocale(locale) ? locale : undefined;
}

export const releaseFileNames = locales.map(releaseFileName);
export const pageFileNames = locales.map(pageFileName);

/** The file of `locale` in a content folder given from the repository or content root (`content/releases/<folder>`, `pages/about`). */
export const localeFilePath = (folder: string, locale: Locale) =>
  `${folder}/${/^(content\/)?releases\/[^/]+$/.test(folder) ? releaseFileName(locale) : pageFileName(locale)}`;

/** A video's captions in `locale`: the file name with that language before `.vtt` (`b-roll.en.vtt` → `b-roll.de.vtt`). */
export const captionsFileName = (name: string, locale: Locale) =>
  name.replace(new RegExp(`(\\.(${locales.join('|')}))?\\.vtt$`), `.${locale}.vtt`);
