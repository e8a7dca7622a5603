import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';

/**
 * `npm run make:logo`: public/logo.png, the 512×512 publisher logo that structured data names (lib/seo/structured-data.ts).
 * The "smart" wordmark is drawn with the committed Inter Bold, so the file is the same on every machine.
 */
const font = await readFile(path.resolve('app', 'fonts', 'og', 'inter-latin-700.woff'));
const logo = (
  <div
    style={{
      width: '100%',
      height: '100%',
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      background: '#101216',
      borderRadius: 112,
    }}
  >
    <div
      style={{
        display: 'flex',
        fontFamily: 'Inter',
        fontWeight: 700,
        fontSize: 150,
        color: '#6fd3c6',
        letterSpacing: -4,
      }}
    >
      smart
    </div>
  </div>
);
const response = new ImageResponse(logo, {
  width: 512,
  height: 512,
  fonts: [{ name: 'Inter', data: font, weight: 700, style: 'normal' }],
});
await writeFile(path.resolve('public', 'logo.png'), new Uint8Array(await response.arrayBuffer()));
console.log('public/logo.png written');
