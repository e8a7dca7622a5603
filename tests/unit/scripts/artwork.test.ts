import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { artworkSpec, artworkSvg, palettes, shapes, type ArtworkSpec } from '@/scripts/artwork';
import { describeArtwork } from '@/scripts/artwork-description';

// Every palette with every pair of shapes, as make:artwork can draw them.
const everySpec: ArtworkSpec[] = palettes.flatMap((palette) =>
  shapes.flatMap((first, i) =>
    shapes.slice(i + 1).map((second, seed): ArtworkSpec => ({ palette, shapes: [first, second], seed })),
  ),
);
const folders = [
  '2025-07-15-first-half-2025',
  '2025-04-08-smart-5-brabus-milan-design-week',
  '2026-01-01-x',
  '2025-05-20-mickey-and-friends-china',
];

describe('placeholder artwork', () => {
  it('has no words in the pixels: no text, no font, in any composition', () => {
    expect(everySpec).toHaveLength(palettes.length * 10);
    for (const spec of everySpec) {
      const svg = artworkSvg(spec, 3000, 2000);
      expect(svg).toMatch(/^<svg [^>]*width="3000" height="2000"/);
      expect(svg).not.toMatch(/<text|<tspan|<textPath|font-|<image|href=/);
    }
  });

  it('draws the same image for the same release and place, and a different one for each place', () => {
    for (const folder of folders) {
      expect(artworkSvg(artworkSpec(folder, 0), 300, 200)).toBe(artworkSvg(artworkSpec(folder, 0), 300, 200));
      const [hero, gallery, second] = [0, 1, 2].map((position) => artworkSpec(folder, position));
      expect(gallery?.palette).not.toBe(hero?.palette);
      expect(gallery?.shapes).not.toEqual(hero?.shapes);
      expect(second?.palette).not.toBe(gallery?.palette);
    }
    expect(new Set(folders.map((folder) => artworkSvg(artworkSpec(folder, 0), 300, 200))).size).toBe(folders.length);
  });

  it('describes what it draws in each of the six languages, without calling it a photograph', () => {
    const spec: ArtworkSpec = { palette: 'blue-teal', shapes: ['ring', 'wave'], seed: 1 };
    expect(describeArtwork(spec, 'en')).toBe('Abstract artwork in deep blue and teal, with a ring and a wave');
    expect(describeArtwork(spec, 'de')).toBe(
      'Abstrakte Grafik in Dunkelblau und Türkis mit einem Ring und einer Welle',
    );
    expect(describeArtwork(spec, 'ar')).toBe('عمل فني تجريدي بدرجات الأزرق الداكن والفيروزي، فيه حلقة وموجة');
    for (const each of everySpec) {
      const texts = locales.map((locale) => describeArtwork(each, locale));
      expect(new Set(texts).size).toBe(locales.length);
      for (const text of texts) expect(text).not.toMatch(/photo|foto|照片|فوتوغراف/i);
    }
  });
});
