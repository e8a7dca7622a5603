import { describe, expect, it } from 'vitest';
import { mediaLibraryPath, parseOgPath, parsePressKitFile, pressKitPath } from '@/lib/routing';

describe('Open Graph image paths', () => {
  it('reads release and brand page targets, and nothing else', () => {
    expect(parseOgPath(['releases', 'first-half-2025.png'])).toEqual({ kind: 'release', slug: 'first-half-2025' });
    expect(parseOgPath(['about', 'history.png'])).toEqual({ kind: 'page', path: 'about/history' });
    expect(parseOgPath(['about.png'])).toEqual({ kind: 'page', path: 'about' });
    for (const bad of [
      [],
      ['about'],
      ['releases', 'a', 'b.png'],
      ['releases.png'],
      ['.png'],
      ['about', '.png'],
      ['about.jpg'],
    ])
      expect(parseOgPath(bad)).toBeUndefined();
  });
});

describe('media and press-kit paths', () => {
  it('builds library paths like the archive and parses press-kit file names strictly', () => {
    expect(mediaLibraryPath('de')).toBe('/de/media');
    expect(mediaLibraryPath('ar', { topic: 'markets' }, 2)).toBe('/ar/media/topic/markets/page/2');
    expect(mediaLibraryPath('en', { model: 'smart-5' })).toBe('/en/media/model/smart-5');
    expect(pressKitPath('fr', 'first-half-2025')).toBe('/fr/press-kits/first-half-2025.zip');
    expect(parsePressKitFile('first-half-2025.zip')).toBe('first-half-2025');
    for (const file of ['../x.zip', 'x.zip/..', 'X.zip', 'x.ZIP', 'x', '.zip', 'a/b.zip', 'x.zip.zip'])
      expect(parsePressKitFile(file), file).toBeUndefined();
  });
});
