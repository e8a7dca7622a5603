import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { exifToolMissing, readTags } from '../support/exiftool';
import { everywhereSlug, locales } from '../support/site';

/**
 * A release's video files (films, poster, captions) reach a journalist through the same gate as its pictures: the
 * films streamed with byte ranges, the poster with its credit inside, the basket with everything that belongs to it.
 */
const folder = 'content/releases/2025-07-15-first-half-2025';
const film = readFileSync(`${folder}/b-roll.mp4`);

test('a film is streamed whole or by byte range, as players and download managers ask', async ({ request }) => {
  const url = `/media/${everywhereSlug}/b-roll.mp4`;
  const whole = await request.get(url);
  expect(whole.status()).toBe(200);
  expect(whole.headers()).toMatchObject({
    'content-type': 'video/mp4',
    'accept-ranges': 'bytes',
    'content-length': String(film.byteLength),
  });
  expect(Buffer.compare(await whole.body(), film)).toBe(0);

  const part = await request.get(url, { headers: { Range: 'bytes=0-99' } });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-range']).toBe(`bytes 0-99/${film.byteLength}`);
  expect(Buffer.compare(await part.body(), film.subarray(0, 100))).toBe(0);
  const tail = await request.get(url, { headers: { Range: 'bytes=-10' } });
  expect(Buffer.compare(await tail.body(), film.subarray(-10))).toBe(0);
  const past = await request.get(url, { headers: { Range: `bytes=${film.byteLength}-` } });
  expect([past.status(), past.headers()['content-range']]).toEqual([416, `bytes */${film.byteLength}`]);
  expect((await request.head(url)).headers()['content-length']).toBe(String(film.byteLength));
});

test('captions are WebVTT in UTF-8 and the poster carries the video’s credit', async ({ request }) => {
  for (const locale of locales) {
    const captions = await request.get(`/media/${everywhereSlug}/b-roll.${locale}.vtt`);
    expect(captions.status(), locale).toBe(200);
    expect(captions.headers()['content-type']).toBe('text/vtt; charset=utf-8');
    expect(await captions.text()).toBe(readFileSync(`${folder}/b-roll.${locale}.vtt`, 'utf8'));
  }
  const poster = await request.get(`/media/${everywhereSlug}/b-roll.jpg`);
  expect(poster.headers()['content-type']).toBe('image/jpeg');
  const missing = exifToolMissing();
  test.skip(missing !== undefined, missing);
  expect(await readTags(await poster.body())).toMatchObject({
    'IPTC:Credit': 'smart Automobile Co., Ltd.',
    'XMP-xmpRights:UsageTerms': 'Editorial use only',
  });
});

test('a video in the basket comes with its poster and the captions of every language', async ({ request }) => {
  const key = `${everywhereSlug}/b-roll.mp4:720p`;
  const facts = await request.post('/api/basket/items', { data: { locale: 'de', items: [key] } });
  expect(await facts.json()).toMatchObject({
    items: [
      {
        key,
        kind: 'video',
        rendition: '720p',
        options: [
          { rendition: '1080p', type: 'MP4', width: 1920, height: 1080, bytes: film.byteLength },
          { rendition: '720p', type: 'MP4', width: 1280, height: 720 },
        ],
        thumbnail: { src: `/media/${everywhereSlug}/b-roll.jpg`, width: 1280, height: 720 },
      },
    ],
    refused: [],
  });
  const zip = await request.post('/api/basket/download', {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    data: new URLSearchParams([
      ['locale', 'de'],
      ['item', key],
    ]).toString(),
  });
  expect(zip.status()).toBe(200);
  const files = unzipSync(new Uint8Array(await zip.body()));
  expect(Object.keys(files).sort()).toEqual(
    [
      'README.txt',
      'manifest.csv',
      `${everywhereSlug}/b-roll-720p.mp4`,
      `${everywhereSlug}/b-roll.jpg`,
      ...locales.map((l) => `${everywhereSlug}/b-roll.${l}.vtt`),
    ].sort(),
  );
  const small = readFileSync(`${folder}/b-roll-720p.mp4`);
  expect(Buffer.compare(Buffer.from(files[`${everywhereSlug}/b-roll-720p.mp4`] ?? []), small)).toBe(0);
  expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toContain('Bildnachweis: ');
});
