import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The fonts Open Graph images are drawn with, shipped in app/fonts/og (scripts/make-og-fonts.ts writes them; no
 * font is ever downloaded). Read once per process: satori caches what it parsed per font buffer, so handing it
 * the same buffers every time keeps repeat renders fast.
 */
type OgFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

const files: readonly (Omit<OgFont, 'data' | 'style'> & { file: string })[] = [
  { name: 'Inter', weight: 400, file: 'inter-latin-400.woff' },
  { name: 'Inter', weight: 700, file: 'inter-latin-700.woff' },
  { name: 'Inter Ext', weight: 400, file: 'inter-latin-ext-400.woff' },
  { name: 'Inter Ext', weight: 700, file: 'inter-latin-ext-700.woff' },
  { name: 'Plex Arabic', weight: 400, file: 'ibm-plex-sans-arabic-400.woff' },
  { name: 'Plex Arabic', weight: 700, file: 'ibm-plex-sans-arabic-700.woff' },
  { name: 'Noto SC', weight: 700, file: 'noto-sans-sc-700-subset.woff' },
];

/** The CSS font-family list of every text on the card: Latin first, then Arabic and Chinese for their glyphs. */
export const ogFontFamily = "Inter, 'Inter Ext', 'Plex Arabic', 'Noto SC'";

const ogFontDir = () => path.join(process.cwd(), 'app', 'fonts', 'og');

let loaded: Promise<OgFont[]> | undefined;

export function ogFonts(): Promise<OgFont[]> {
  loaded ??= Promise.all(
    files.map(async ({ file, ...font }) => ({
      ...font,
      style: 'normal' as const,
      data: await readFile(path.join(ogFontDir(), file)),
    })),
  ).catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
