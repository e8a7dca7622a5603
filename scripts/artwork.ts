/**
 * The placeholder artwork of `npm run make:artwork`, as SVG: a gradient, a soft glow and two shapes in one of a few
 * brand-like palettes. It carries no words at all, because one file is shown on the pages of all six languages; the
 * page, the caption and the social card carry the words. What is drawn depends only on the release folder and the
 * image's place in the release (hero first), so a redrawn file matches the alt text written for it, and a release's
 * hero and gallery images always differ in palette and shapes.
 */
export const palettes = [
  'blue-teal',
  'violet-amber',
  'green-lime',
  'burgundy-coral',
  'graphite-orange',
  'navy-pink',
  'petrol-gold',
  'plum-mint',
] as const;
export type Palette = (typeof palettes)[number];

const colours: Record<Palette, { dark: string; mid: string; accent: string }> = {
  'blue-teal': { dark: '#0b0d12', mid: '#1f3a5f', accent: '#7fd1c7' },
  'violet-amber': { dark: '#0d0b12', mid: '#4b2a6b', accent: '#f2b84b' },
  'green-lime': { dark: '#0a1210', mid: '#1d4d44', accent: '#c6f05a' },
  'burgundy-coral': { dark: '#120b0b', mid: '#5f1f2a', accent: '#ff8a5b' },
  'graphite-orange': { dark: '#0e0e0f', mid: '#3a3b3f', accent: '#ff7a2f' },
  'navy-pink': { dark: '#0a0c1a', mid: '#27306b', accent: '#ff8fbf' },
  'petrol-gold': { dark: '#081416', mid: '#0f4c5c', accent: '#e9c46a' },
  'plum-mint': { dark: '#140a14', mid: '#5b2150', accent: '#8ef0c2' },
};

export const shapes = ['ring', 'wave', 'stripes', 'dots', 'arcs'] as const;
export type Shape = (typeof shapes)[number];
const shapePairs = shapes.flatMap((first, i) =>
  shapes.slice(i + 1).map((second): readonly [Shape, Shape] => [first, second]),
);

export type ArtworkSpec = { palette: Palette; shapes: readonly [Shape, Shape]; seed: number };

/** FNV-1a with a final mix (the low bits pick the palette): a stable 32-bit number for a folder name. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const char of text) h = Math.imul(h ^ (char.codePointAt(0) ?? 0), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: positions and sizes that vary per image but are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The composition of the image at `position` (0 = hero, 1… = gallery) of the release in `folder`. */
export function artworkSpec(folder: string, position: number): ArtworkSpec {
  const h = hash(folder);
  // Steps of 1 through 8 palettes and of 3 through 10 pairs: neighbouring images never share either.
  const palette = palettes[(h + position) % palettes.length] ?? palettes[0];
  const pair =
    shapePairs[(Math.floor(h / palettes.length) + position * 3) % shapePairs.length] ?? (['ring', 'wave'] as const);
  return { palette, shapes: pair, seed: (h ^ Math.imul(position + 1, 0x9e3779b9)) >>> 0 };
}

type Draw = (w: number, h: number, accent: string, r: () => number) => string;
const between = (r: () => number, min: number, max: number) => min + (max - min) * r();
const n = (value: number) => value.toFixed(1);

const draw: Record<Shape, Draw> = {
  ring: (w, h, accent, r) =>
    `<circle cx="${n(w * between(r, 0.6, 0.8))}" cy="${n(h * between(r, 0.28, 0.42))}" r="${n(h * between(r, 0.16, 0.24))}" fill="none" stroke="${accent}" stroke-width="${n(w / 200)}" opacity="0.85"/>`,
  wave: (w, h, accent, r) => {
    const y = (min: number, max: number) => n(h * between(r, min, max));
    return `<path d="M0 ${y(0.78, 0.86)} C ${n(w * 0.3)} ${y(0.7, 0.8)}, ${n(w * 0.6)} ${y(0.9, 0.98)}, ${w} ${y(0.76, 0.84)} L ${w} ${h} L 0 ${h} Z" fill="${accent}" opacity="0.24"/>`;
  },
  stripes: (w, h, accent, r) => {
    const start = w * between(r, 0.05, 0.2);
    const band = w * 0.05;
    return [0, 1, 2]
      .map((i) => {
        const x = start + i * band * 1.8;
        return `<path d="M${n(x)} ${h} L${n(x + band)} ${h} L${n(x + band + h * 0.6)} 0 L${n(x + h * 0.6)} 0 Z" fill="${accent}" opacity="${0.1 + i * 0.05}"/>`;
      })
      .join('');
  },
  dots: (w, h, accent, r) => {
    const x0 = w * between(r, 0.08, 0.2);
    const y0 = h * between(r, 0.12, 0.25);
    const gap = w * 0.045;
    const dots: string[] = [];
    for (let row = 0; row < 4; row++)
      for (let col = 0; col < 6; col++)
        dots.push(`<circle cx="${n(x0 + col * gap)}" cy="${n(y0 + row * gap)}" r="${n(w / 130)}"/>`);
    return `<g fill="${accent}" opacity="0.7">${dots.join('')}</g>`;
  },
  arcs: (w, h, accent, r) => {
    const cx = w * between(r, 0.92, 1.02);
    const cy = h * between(r, 0.98, 1.05);
    const radii = [0.28, 0.4, 0.52, 0.64].map((f) => h * f);
    return `<g fill="none" stroke="${accent}" stroke-width="${n(w / 280)}" opacity="0.6">${radii.map((radius) => `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(radius)}"/>`).join('')}</g>`;
  },
};

/** The artwork as an SVG document: shapes and gradients only, no text. */
export function artworkSvg(spec: ArtworkSpec, width: number, height: number): string {
  const { dark, mid, accent } = colours[spec.palette];
  const r = random(spec.seed);
  // Half of the compositions are mirrored, so two images with the same palette and shapes still look different.
  const mirrored = r() < 0.5;
  const glow = {
    cx: (mirrored ? between(r, 0.1, 0.45) : between(r, 0.55, 0.9)).toFixed(2),
    cy: between(r, 0.15, 0.4).toFixed(2),
  };
  const flip = mirrored ? ` transform="matrix(-1 0 0 1 ${width} 0)"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${mid}"/></linearGradient>
    <radialGradient id="r" cx="${glow.cx}" cy="${glow.cy}" r="0.6"><stop offset="0" stop-color="${accent}" stop-opacity="0.5"/><stop offset="1" stop-color="${accent}" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <rect width="100%" height="100%" fill="url(#r)"/>
  <g${flip}>
    ${spec.shapes.map((shape) => draw[shape](width, height, accent, r)).join('\n    ')}
  </g>
</svg>`;
}

/**
 * Written into every drawn file's EXIF (Software), so tools and tests can tell placeholder artwork from a photo.
 * No parentheses: libvips drops a trailing "(…)" from EXIF strings.
 */
export const artworkMarker = 'smart newsroom placeholder artwork, drawn by npm run make:artwork';
