import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { releaseFileLocale } from '@/lib/content/file-names';
import { parseMarkdownSource } from '@/lib/content/frontmatter';
import { releaseFrontmatter } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { artworkMarker, artworkSpec } from '@/scripts/artwork';
import { describeArtwork, illustrationLabel } from '@/scripts/artwork-description';

/**
 * The real content's image texts: an alt text describes the picture in the reader's language, and the placeholder
 * artwork (marked in its EXIF by make:artwork) is described as what it is, not as a photograph of the event.
 */
const root = path.resolve('content/releases');

// Words that claim a photograph or a camera's view, per language.
const photoClaim: Record<Locale, RegExp> = {
  en: /\bphoto|\bpicture of\b|\bclose-up\b|\bshot of\b/i,
  de: /foto|aufnahme/i,
  fr: /photo|gros plan|cliché/i,
  es: /foto|primer plano|instantánea/i,
  zh: /照片|摄影|特写|拍摄/,
  ar: /فوتوغراف|لقطة/,
};

const releases = readdirSync(root)
  .sort()
  .map((folder) => {
    const files = readdirSync(path.join(root, folder)).flatMap((name) => {
      const locale = releaseFileLocale(name);
      if (!locale) return [];
      const release = releaseFrontmatter.parse(
        parseMarkdownSource(readFileSync(path.join(root, folder, name), 'utf8')).data,
      );
      return [{ name, locale, images: [release.hero, ...release.gallery] }];
    });
    return { folder, files };
  });

async function isArtwork(file: string): Promise<boolean> {
  const { exif } = await sharp(file).metadata();
  return exif?.toString('latin1').includes(artworkMarker) ?? false;
}

describe('release image texts', () => {
  it('every language has its own alt text, and none claims a photograph', () => {
    for (const { folder, files } of releases) {
      const english = new Map(files.find((f) => f.locale === 'en')?.images.map((image) => [image.file, image.alt]));
      expect(english.size, folder).toBeGreaterThan(0);
      for (const { name, locale, images } of files) {
        for (const image of images) {
          const where = `${folder}/${name} ${image.file}`;
          expect(image.alt, where).not.toMatch(photoClaim[locale]);
          if (locale !== 'en') expect(image.alt, where).not.toBe(english.get(image.file));
        }
      }
    }
  });

  it('placeholder artwork is described as the abstract composition it is, and captioned as an illustration', async () => {
    let checked = 0;
    for (const { folder, files } of releases) {
      const order = files.find((f) => f.locale === 'en')?.images.map((image) => image.file) ?? [];
      for (const [position, file] of order.entries()) {
        const target = path.join(root, folder, file);
        if (!existsSync(target) || !(await isArtwork(target))) continue;
        const spec = artworkSpec(folder, position);
        for (const { name, locale, images } of files) {
          const image = images.find((each) => each.file === file);
          const where = `${folder}/${name} ${file}`;
          expect(image?.alt, where).toBe(describeArtwork(spec, locale));
          expect(image?.caption.startsWith(illustrationLabel[locale]), where).toBe(true);
          checked++;
        }
      }
    }
    // Without a single marked file this test would prove nothing (the sample content has only placeholder artwork).
    expect(checked).toBeGreaterThan(0);
  });
});
