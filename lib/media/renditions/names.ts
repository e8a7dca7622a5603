/**
 * Renditions of a release image (./make.ts): a web size and crops in the ratios editors and search engines ask for,
 * as sRGB JPEGs. Downloads offer the first four; 4x3 serves structured data only (Google asks for 1:1, 4:3 and
 * 16:9 images for article rich results). Without imports, so that the basket's browser code can name them too.
 */
export const renditions = ['web', '1x1', '4x5', '16x9', '4x3'] as const;
export type Rendition = (typeof renditions)[number];
export const downloadRenditions = ['web', '1x1', '4x5', '16x9'] as const satisfies readonly Rendition[];
