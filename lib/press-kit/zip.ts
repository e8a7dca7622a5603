import type { ContentAttachment, ContentImage, ContentVideo } from '@/lib/content/schema';
import type { UsageTerm } from '@/lib/content/taxonomy';
import type { ZipEntry, ZipSource } from '@/lib/downloads/zip-stream';
import { languageTag, type Locale } from '@/lib/i18n/locales';
import { formatFileSize, formatPixels, mediaTypeOf } from '@/lib/media/format';

/**
 * A release's press kit: one ZIP per release and locale with the text (Markdown and plain text), every image in
 * original resolution, the attachments, and a manifest (JSON and text) giving each file's caption, credit, terms
 * of use and alt text. Pure: lib/press-kit/load.ts gathers the input from content and disk and streams the entries
 * with lib/downloads/zip-stream.ts. Every entry is stored, so the kit's size follows from its entries' sizes without
 * building it, and the release page can show it; the same input always gives the same bytes (fixed modification
 * times, fixed order).
 */
export type PressKitImage = ContentImage & {
  role: 'hero' | 'gallery';
  bytes: Uint8Array;
  width: number;
  height: number;
};
/** An attachment is read from disk as it is sent: its size is known beforehand. */
type PressKitAttachment = ContentAttachment & { size: number; source: ZipSource };
/** A file read from disk as it is sent. */
type StreamedFile = { file: string; size: number; source: ZipSource };
/**
 * A video: its poster (rights written in) and the kit language's captions always; the full-HD film when it is small
 * enough for a kit (`film`), else only its address, so that a kit stays downloadable on a phone.
 */
export type PressKitVideo = Pick<ContentVideo, 'file' | 'title' | 'description' | 'credit' | 'usage' | 'expires'> & {
  url: string;
  width: number;
  height: number;
  /** Seconds. */
  duration: number;
  bytes: number;
  film?: ZipSource;
  poster: { file: string; bytes: Uint8Array; width: number; height: number };
  captions?: StreamedFile;
};

/** Labels of manifest.txt in the kit's language. */
export type PressKitLabels = {
  usageTerm: (term: UsageTerm) => string;
  contents: string;
  kitMarkdown: string;
  kitText: string;
  caption: string;
  credit: string;
  usage: string;
  altText: string;
  dimensions: string;
  fileSize: string;
  expires: string;
  title: string;
  language: string;
};

export type PressKitInput = {
  slug: string;
  locale: Locale;
  title: string;
  url: string;
  /** The instant recorded as every file's modification time: the release's last change. */
  modifiedAt: string;
  markdown: string;
  text: string;
  images: readonly PressKitImage[];
  attachments: readonly PressKitAttachment[];
  videos: readonly PressKitVideo[];
  labels: PressKitLabels;
};

type Described = { path: string; type: string; bytes: number };
type ManifestEntry =
  | (Described & { kind: 'text'; description: string })
  | (Described & {
      kind: 'image';
      role: 'hero' | 'gallery' | 'poster';
      width: number;
      height: number;
      alt: string;
      caption: string;
      credit: string;
      usage: UsageTerm;
      usageLabel: string;
      expires?: string;
    })
  | (Described & { kind: 'attachment'; title: string; language: Locale })
  | (Described & { kind: 'captions'; language: Locale })
  | {
      kind: 'video';
      /** In the kit, or only at `url` when too large for one. */
      path?: string;
      url: string;
      type: string;
      bytes: number;
      width: number;
      height: number;
      duration: number;
      title: string;
      description: string;
      credit: string;
      usage: UsageTerm;
      usageLabel: string;
      expires?: string;
    };
export type Manifest = {
  release: { slug: string; locale: Locale; title: string; url: string; modifiedAt: string };
  files: ManifestEntry[];
};

const encode = (text: string) => new TextEncoder().encode(text);

const whole = (bytes: Uint8Array) => () => bytes;

/** The kit's files other than the manifests, in archive order, with their entries. */
function contents(input: PressKitInput): { entry: ManifestEntry; source?: ZipSource }[] {
  const markdown = encode(input.markdown);
  const text = encode(input.text);
  const images = new Map(input.images.map((image) => [image.file, image]));
  const attachments = new Map(input.attachments.map((attachment) => [attachment.file, attachment]));
  return [
    {
      source: whole(markdown),
      entry: {
        kind: 'text',
        path: 'release.md',
        type: 'text/markdown; charset=utf-8',
        bytes: markdown.byteLength,
        description: input.labels.kitMarkdown,
      },
    },
    {
      source: whole(text),
      entry: {
        kind: 'text',
        path: 'release.txt',
        type: 'text/plain; charset=utf-8',
        bytes: text.byteLength,
        description: input.labels.kitText,
      },
    },
    ...[...images.values()].map(({ bytes, file, ...image }) => ({
      source: whole(bytes),
      entry: {
        kind: 'image' as const,
        path: `images/${file}`,
        type: mediaTypeOf(file) ?? 'application/octet-stream',
        bytes: bytes.byteLength,
        role: image.role,
        width: image.width,
        height: image.height,
        alt: image.alt,
        caption: image.caption,
        credit: image.credit,
        usage: image.usage,
        usageLabel: input.labels.usageTerm(image.usage),
        ...(image.expires ? { expires: image.expires } : {}),
      },
    })),
    ...[...attachments.values()].map(({ size, source, file, title, language }) => ({
      source,
      entry: {
        kind: 'attachment' as const,
        path: `attachments/${file}`,
        type: mediaTypeOf(file) ?? 'application/octet-stream',
        bytes: size,
        title,
        language,
      },
    })),
    ...input.videos.flatMap((video) => {
      const rights = {
        credit: video.credit,
        usage: video.usage,
        usageLabel: input.labels.usageTerm(video.usage),
        ...(video.expires ? { expires: video.expires } : {}),
      };
      const film = {
        ...(video.film ? { source: video.film } : {}),
        entry: {
          kind: 'video' as const,
          ...(video.film ? { path: `videos/${video.file}` } : {}),
          url: video.url,
          type: 'video/mp4',
          bytes: video.bytes,
          width: video.width,
          height: video.height,
          duration: video.duration,
          title: video.title,
          description: video.description,
          ...rights,
        },
      };
      const poster = {
        source: whole(video.poster.bytes),
        entry: {
          kind: 'image' as const,
          path: `videos/${video.poster.file}`,
          type: mediaTypeOf(video.poster.file) ?? 'application/octet-stream',
          bytes: video.poster.bytes.byteLength,
          role: 'poster' as const,
          width: video.poster.width,
          height: video.poster.height,
          alt: video.title,
          caption: video.title,
          ...rights,
        },
      };
      const captions = video.captions && {
        source: video.captions.source,
        entry: {
          kind: 'captions' as const,
          path: `videos/${video.captions.file}`,
          type: 'text/vtt; charset=utf-8',
          bytes: video.captions.size,
          language: input.locale,
        },
      };
      return [film, poster, ...(captions ? [captions] : [])];
    }),
  ];
}

export function pressKitManifest(input: PressKitInput): Manifest {
  const { slug, locale, title, url, modifiedAt } = input;
  return { release: { slug, locale, title, url, modifiedAt }, files: contents(input).map(({ entry }) => entry) };
}

/** manifest.txt: the same facts as manifest.json, for a person. */
function manifestText(manifest: Manifest, labels: PressKitLabels): string {
  const { locale } = manifest.release;
  const size = (bytes: number) => `${formatFileSize(locale, bytes)} (${bytes} B)`;
  const languageName = (code: Locale) =>
    new Intl.DisplayNames(languageTag[locale], { type: 'language' }).of(languageTag[code]) ?? code;
  const describe = (entry: ManifestEntry): string[] => {
    if (entry.kind === 'text') return [entry.description];
    if (entry.kind === 'attachment')
      return [`${labels.title}: ${entry.title}`, `${labels.language}: ${languageName(entry.language)}`];
    if (entry.kind === 'captions') return [`${labels.language}: ${languageName(entry.language)}`];
    if (entry.kind === 'video')
      return [
        `${labels.title}: ${entry.title}`,
        `${labels.credit}: ${entry.credit}`,
        `${labels.usage}: ${entry.usageLabel}`,
        ...(entry.expires ? [`${labels.expires}: ${entry.expires}`] : []),
        `${labels.dimensions}: ${formatPixels(locale, entry.width, entry.height)} px`,
      ];
    return [
      `${labels.caption}: ${entry.caption}`,
      `${labels.credit}: ${entry.credit}`,
      `${labels.usage}: ${entry.usageLabel}`,
      ...(entry.expires ? [`${labels.expires}: ${entry.expires}`] : []),
      `${labels.altText}: ${entry.alt}`,
      `${labels.dimensions}: ${formatPixels(locale, entry.width, entry.height)} px`,
    ];
  };
  const files = manifest.files.map((entry) =>
    [
      entry.path ?? (entry.kind === 'video' ? entry.url : ''),
      ...[...describe(entry), `${labels.fileSize}: ${size(entry.bytes)}`].map((line) => `  ${line}`),
    ].join('\n'),
  );
  return [manifest.release.title, manifest.release.url, `${labels.contents}:`, ...files].join('\n\n') + '\n';
}

/** The kit's entries in archive order: the files, then manifest.json and manifest.txt. */
export function pressKitEntries(input: PressKitInput): ZipEntry[] {
  const manifest = pressKitManifest(input);
  const texts = {
    'manifest.json': encode(`${JSON.stringify(manifest, null, 2)}\n`),
    'manifest.txt': encode(manifestText(manifest, input.labels)),
  };
  return [
    ...contents(input).flatMap(({ entry, source }) =>
      entry.path && source ? [{ path: entry.path, size: entry.bytes, source }] : [],
    ),
    ...Object.entries(texts).map(([path, bytes]) => ({ path, size: bytes.byteLength, source: whole(bytes) })),
  ];
}
