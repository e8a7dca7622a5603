import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';

/**
 * `npm run make:logo`: the brand's square marks, drawn with the committed Inter Bold so that every file is the same on
 * every machine.
 *
 * - public/logo.png, 512×512: the publisher logo that structured data names (lib/seo/structured-data.ts), and the web
 *   editor's (lib/cms/config.ts): the "smart" wordmark.
 * - app/favicon.ico (16, 32 and 48 px), app/icon.png (192 px) and app/apple-icon.png (180 px): the site's icons, which
 *   Next links from every page. An "s", as the wordmark's first letter. Raster, not SVG: Chromium makes an SVG icon a
 *   document of its own on the page's main thread, laid out and, for text, shaped after the page's first paint
 *   (bench/README.md, the eleventh session); a PNG is decoded in well under a millisecond.
 */
const font = await readFile(path.resolve('app', 'fonts', 'og', 'inter-latin-700.woff'));

/** A rounded square in the brand's ink with `text` in its mint, `size` pixels wide, the text lifted by `lift` px. */
async function mark(text: string, size: number, fontSize: number, lift = 0): Promise<Buffer> {
  const image = (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#101216',
        borderRadius: (size * 7) / 32,
      }}
    >
      <div
        style={{
          display: 'flex',
          fontFamily: 'Inter',
          fontWeight: 700,
          fontSize,
          color: '#6fd3c6',
          letterSpacing: -fontSize / 37.5,
          marginTop: -lift,
        }}
      >
        {text}
      </div>
    </div>
  );
  const response = new ImageResponse(image, {
    width: size,
    height: size,
    fonts: [{ name: 'Inter', data: font, weight: 700, style: 'normal' }],
  });
  return Buffer.from(await response.arrayBuffer());
}

/** An ICO file holding PNG images (what every browser since 2007 reads): a directory, then the PNGs as they are. */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // width (0 stands for 256)
    entry.writeUInt8(size % 256, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

// A lone "s" sits low in its line box (the box has room for ascenders): lifted to the square's optical centre.
const icon = (size: number) => mark('s', size, size * 0.75, size * 0.09);

await writeFile(path.resolve('public', 'logo.png'), await mark('smart', 512, 150));
await writeFile(
  path.resolve('app', 'favicon.ico'),
  ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await icon(size) })))),
);
await writeFile(path.resolve('app', 'icon.png'), await icon(192));
await writeFile(path.resolve('app', 'apple-icon.png'), await icon(180));
console.log('public/logo.png, app/favicon.ico, app/icon.png and app/apple-icon.png written');
