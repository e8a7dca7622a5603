import { describe, expect, it } from 'vitest';
import {
  captionsFileName,
  localeFilePath,
  pageFileLocale,
  releaseFileLocale,
  releaseFileName,
} from '@/lib/content/file-names';

describe('content file names', () => {
  it('names a release file index.<locale>.md and reads only that form back', () => {
    expect(releaseFileName('zh')).toBe('index.zh.md');
    expect(releaseFileLocale('index.ar.md')).toBe('ar');
    for (const name of ['ar.md', 'index.md', 'index.xx.md', 'index.en.md.bak', 'xindex.en.md', 'index.en.mdx'])
      expect(releaseFileLocale(name), name).toBeUndefined();
  });

  it('keeps <locale>.md for brand pages and snippets', () => {
    expect(pageFileLocale('de.md')).toBe('de');
    for (const name of ['index.de.md', 'xx.md', 'de.markdown', 'english.md'])
      expect(pageFileLocale(name), name).toBeUndefined();
  });

  it('finds the file of a language in a release folder and in a page folder', () => {
    expect(localeFilePath('content/releases/2025-07-15-sample', 'en')).toBe(
      'content/releases/2025-07-15-sample/index.en.md',
    );
    expect(localeFilePath('releases/2025-07-15-sample', 'de')).toBe('releases/2025-07-15-sample/index.de.md');
    expect(localeFilePath('content/pages/about', 'en')).toBe('content/pages/about/en.md');
    expect(localeFilePath('content/pages/about/history', 'fr')).toBe('content/pages/about/history/fr.md');
  });

  it('names the captions of a video after their language, replacing the name of another', () => {
    expect(captionsFileName('b-roll.en.vtt', 'de')).toBe('b-roll.de.vtt');
    expect(captionsFileName('b-roll.vtt', 'ar')).toBe('b-roll.ar.vtt');
    expect(captionsFileName('launch.film.zh.vtt', 'zh')).toBe('launch.film.zh.vtt');
    expect(captionsFileName('b-roll.xx.vtt', 'fr')).toBe('b-roll.xx.fr.vtt');
  });
});
