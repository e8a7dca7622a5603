import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseMarkdownSource } from '@/lib/content/frontmatter';
import { markdownToPlainText } from '@/lib/content/plain-text';
import { releaseMarkdown } from '@/lib/content/release-text';
import { releaseFrontmatter } from '@/lib/content/schema';
import { writeZip, zipLength } from '@/lib/downloads/zip-stream';
import { pressKitEntries, pressKitManifest, type PressKitInput, type PressKitLabels } from '@/lib/press-kit/zip';
import { factSheetPdf } from '@/scripts/make-fact-sheets';
import { collectSink } from '@/tests/support/collect-sink';
import { fixtureRoot, sampleRelease } from '@/tests/support/content-fixture';

/** The sample release of tests/fixtures with its hero, a gallery image and a fact sheet drawn by the artwork script. */
const folder = path.join(fixtureRoot, path.dirname(sampleRelease));
const release = releaseFrontmatter.parse(
  parseMarkdownSource(readFileSync(path.join(fixtureRoot, sampleRelease), 'utf8')).data,
);
const heroBytes = new Uint8Array(readFileSync(path.join(folder, release.hero.file)));
const galleryBytes = new Uint8Array(
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1d4d44' } })
    .jpeg()
    .toBuffer(),
);
const contact = {
  name: { en: 'Press desk' },
  role: { en: 'Global press desk' },
  region: 'global' as const,
  email: 'press@example.com',
  phone: '+86 21 5555 0100',
  languages: ['en'],
};
const pdfBytes = await factSheetPdf({ ...release, highlights: ['First highlight'] }, [contact]);
const hero = await sharp(heroBytes).metadata();

const labels: PressKitLabels = {
  usageTerm: (term) => (term === 'editorial' ? 'Editorial use only' : 'Free to use'),
  contents: 'Contents',
  kitMarkdown: 'Press release text (Markdown)',
  kitText: 'Press release text (plain text)',
  caption: 'Caption',
  credit: 'Credit',
  usage: 'Terms of use',
  altText: 'Alt text',
  dimensions: 'Dimensions',
  fileSize: 'File size',
  expires: 'Use until',
  title: 'Title',
  language: 'Language',
};
const galleryMeta = {
  alt: 'A green field',
  caption: 'Gallery caption',
  credit: 'Photo: smart',
  usage: 'unrestricted' as const,
  expires: '2030-01-01',
};
const markdown = releaseMarkdown({
  title: release.title,
  dateline: 'SHANGHAI, 15 July 2025, 10:00 –',
  summary: release.summary,
  highlightsHeading: 'Highlights',
  highlights: ['First highlight'],
  bodyMarkdown: 'See [the archive](/en/releases) and [smart](https://smart.com).',
  bodyHtml: '',
  contactsHeading: 'Media contacts',
  contacts: [{ name: 'Press desk', role: 'Global press desk', email: 'press@example.com', phone: '+86 21 5555 0100' }],
  url: 'https://newsroom.example/en/releases/sample',
  siteUrl: 'https://newsroom.example',
  lang: 'en',
  dir: 'ltr',
});
const input: PressKitInput = {
  slug: 'sample',
  locale: 'en',
  title: release.title,
  url: 'https://newsroom.example/en/releases/sample',
  modifiedAt: release.publishedAt,
  markdown,
  text: markdownToPlainText(markdown),
  images: [
    { ...release.hero, role: 'hero', bytes: heroBytes, width: hero.width ?? 0, height: hero.height ?? 0 },
    { file: 'gallery-1.jpg', ...galleryMeta, role: 'gallery', bytes: galleryBytes, width: 1200, height: 800 },
  ],
  attachments: [
    {
      file: 'fact-sheet.pdf',
      title: 'Fact sheet (English)',
      language: 'en',
      size: pdfBytes.byteLength,
      source: () => pdfBytes,
    },
  ],
  videos: [],
  labels,
};

const videos: PressKitInput['videos'] = [
  {
    file: 'b-roll.mp4',
    title: 'B-roll',
    description: 'Ten seconds of artwork',
    credit: 'smart Automobile Co., Ltd.',
    usage: 'editorial',
    url: 'https://newsroom.example/media/sample/b-roll.mp4',
    width: 1920,
    height: 1080,
    duration: 10,
    bytes: 5,
    film: () => new Uint8Array([1, 2, 3, 4, 5]),
    poster: { file: 'b-roll.jpg', bytes: new Uint8Array([9, 9, 9]), width: 1280, height: 720 },
    captions: { file: 'b-roll.en.vtt', size: 6, source: () => new TextEncoder().encode('WEBVTT') },
  },
  {
    file: 'keynote.mp4',
    title: 'Keynote',
    description: 'The whole keynote',
    credit: 'smart Automobile Co., Ltd.',
    usage: 'editorial',
    url: 'https://newsroom.example/media/sample/keynote.mp4',
    width: 1920,
    height: 1080,
    duration: 3600,
    bytes: 900_000_000,
    poster: { file: 'keynote.jpg', bytes: new Uint8Array([8]), width: 1280, height: 720 },
  },
];

/** The kit as the download handler streams it. */
async function streamedKit(): Promise<Uint8Array> {
  const out = collectSink();
  await writeZip(pressKitEntries(input), input.modifiedAt, out.sink);
  await out.finished;
  return out.bytes();
}
const zip = await streamedKit();

describe('press kit', () => {
  const files = unzipSync(zip);
  const file = (name: string) => files[name] ?? new Uint8Array();

  it('holds the text, every image and attachment byte for byte, and the manifests', () => {
    expect(Object.keys(files)).toEqual([
      'release.md',
      'release.txt',
      'images/hero.jpg',
      'images/gallery-1.jpg',
      'attachments/fact-sheet.pdf',
      'manifest.json',
      'manifest.txt',
    ]);
    expect(strFromU8(file('release.md'))).toBe(input.markdown);
    expect(strFromU8(file('release.txt'))).toBe(input.text);
    expect(file('images/hero.jpg')).toEqual(heroBytes);
    expect(file('images/gallery-1.jpg')).toEqual(galleryBytes);
    expect(file('attachments/fact-sheet.pdf')).toEqual(pdfBytes);
  });

  it('lists each file with caption, credit, terms of use, alt text, dimensions and bytes', () => {
    const encoded = (text: string) => new TextEncoder().encode(text).byteLength;
    const expected = {
      release: {
        slug: 'sample',
        locale: 'en',
        title: 'smart sample release',
        url: 'https://newsroom.example/en/releases/sample',
        modifiedAt: '2025-07-15T10:00:00+08:00',
      },
      files: [
        {
          kind: 'text',
          path: 'release.md',
          type: 'text/markdown; charset=utf-8',
          bytes: encoded(input.markdown),
          description: 'Press release text (Markdown)',
        },
        {
          kind: 'text',
          path: 'release.txt',
          type: 'text/plain; charset=utf-8',
          bytes: encoded(input.text),
          description: 'Press release text (plain text)',
        },
        {
          kind: 'image',
          path: 'images/hero.jpg',
          type: 'image/jpeg',
          bytes: heroBytes.byteLength,
          role: 'hero',
          width: 2000,
          height: 1334,
          alt: 'A teal rectangle',
          caption: 'Sample artwork',
          credit: 'smart Automobile Co., Ltd.',
          usage: 'editorial',
          usageLabel: 'Editorial use only',
        },
        {
          kind: 'image',
          path: 'images/gallery-1.jpg',
          type: 'image/jpeg',
          bytes: galleryBytes.byteLength,
          role: 'gallery',
          width: 1200,
          height: 800,
          alt: 'A green field',
          caption: 'Gallery caption',
          credit: 'Photo: smart',
          usage: 'unrestricted',
          usageLabel: 'Free to use',
          expires: '2030-01-01',
        },
        {
          kind: 'attachment',
          path: 'attachments/fact-sheet.pdf',
          type: 'application/pdf',
          bytes: pdfBytes.byteLength,
          title: 'Fact sheet (English)',
          language: 'en',
        },
      ],
    };
    expect(pressKitManifest(input)).toEqual(expected);
    const manifest: unknown = JSON.parse(strFromU8(file('manifest.json')));
    expect(manifest).toEqual(expected);
    // The same facts for a person: each file with its facts, indented under its path.
    const text = strFromU8(file('manifest.txt'));
    expect(
      text.startsWith('smart sample release\n\nhttps://newsroom.example/en/releases/sample\n\nContents:\n\n'),
    ).toBe(true);
    expect(text).toContain(
      [
        'images/hero.jpg',
        '  Caption: Sample artwork',
        '  Credit: smart Automobile Co., Ltd.',
        '  Terms of use: Editorial use only',
        '  Alt text: A teal rectangle',
        '  Dimensions: 2000 × 1334 px',
        '  File size: 16 kB (16019 B)',
      ].join('\n'),
    );
    expect(text).toContain('  Terms of use: Free to use\n  Use until: 2030-01-01\n  Alt text: A green field\n');
    expect(text).toContain('attachments/fact-sheet.pdf\n  Title: Fact sheet (English)\n  Language: English\n');
  });

  it('stores every file, text too, so that its size is known without building it', () => {
    const methods: Record<string, number> = {};
    unzipSync(zip, { filter: (info) => ((methods[info.name] = info.compression), true) });
    expect(Object.values(methods)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const entries = pressKitEntries(input);
    expect(entries.map(({ path, size }) => [path, size])).toEqual(
      Object.entries(files).map(([path, bytes]) => [path, bytes.byteLength]),
    );
    expect(zip.byteLength).toBe(zipLength(entries));
  });

  it('gives the same bytes for the same release in any server time zone', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(new Date(Date.UTC(2025, 0, 1)).getHours()).toBe(16);
      const west = await streamedKit();
      process.env.TZ = 'Asia/Shanghai';
      expect(new Date(Date.UTC(2025, 0, 1)).getHours()).toBe(8);
      expect(await streamedKit()).toEqual(west);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(await streamedKit()).toEqual(zip);
  });

  it('writes clean Markdown with absolute links and a one-page English fact sheet', async () => {
    expect(markdown.startsWith(`# ${release.title}\n\n**SHANGHAI, 15 July 2025, 10:00 –** ${release.summary}`)).toBe(
      true,
    );
    expect(markdown).toContain('[the archive](https://newsroom.example/en/releases)');
    expect(markdown).toContain('## Highlights\n\n- First highlight');
    expect(markdown).not.toContain('---');
    const pdf = await PDFDocument.load(pdfBytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe(`Fact sheet: ${release.title}`);
  });

  it('holds a video’s poster and captions, and its film unless too large for a kit, which it links instead', async () => {
    const out = collectSink();
    const withVideos = { ...input, videos };
    await writeZip(pressKitEntries(withVideos), input.modifiedAt, out.sink);
    await out.finished;
    const kit = unzipSync(out.bytes());
    expect(Object.keys(kit).filter((name) => name.startsWith('videos/'))).toEqual([
      'videos/b-roll.mp4',
      'videos/b-roll.jpg',
      'videos/b-roll.en.vtt',
      'videos/keynote.jpg',
    ]);
    expect(kit['videos/b-roll.mp4']).toEqual(new Uint8Array([1, 2, 3, 4, 5]));
    const files = pressKitManifest(withVideos).files;
    expect(files.filter((f) => f.kind === 'video')).toEqual([
      expect.objectContaining({ path: 'videos/b-roll.mp4', bytes: 5, duration: 10, usageLabel: 'Editorial use only' }),
      expect.not.objectContaining({ path: expect.anything() }),
    ]);
    const text = strFromU8(kit['manifest.txt'] ?? new Uint8Array());
    expect(text).toContain('https://newsroom.example/media/sample/keynote.mp4\n  Title: Keynote\n  Credit: ');
    expect(text).toContain('videos/b-roll.en.vtt\n  Language: English\n');
  });
});
