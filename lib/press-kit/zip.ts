import type { ContentAttachment, ContentImage } from '@/lib/content/schema';
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
  labels: PressKitLabels;
};

type Described = { path: string; type: string; bytes: number };
type ManifestEntry =
  | (Described & { kind: 'text'; description: string })
  | (Described & {
      kind: 'image';
      role: 'hero' | 'gallery';
      width: number;
      height: number;
      alt: string;
      caption: string;
      credit: string;
      usage: UsageTerm;
      usageLabel: string;
      expires?: string;
    })
  | (Described & { kind: 'attachment'; title: string; language: Locale });
export type Manifest = {
  release: { slug: string; locale: Locale; title: string; url: string; modifiedAt: string };
  files: ManifestEntry[];
};

const encode = (text: string) => new TextEncoder().encode(text);

const whole = (bytes: Uint8Array) => () => bytes;

/** The kit's files other than the manifests, in archive order, with their entries. */
function contents(input: PressKitInput): { entry: ManifestEntry; source: ZipSource }[] {
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
    [entry.path, ...[...describe(entry), `${labels.fileSize}: ${size(entry.bytes)}`].map((line) => `  ${line}`)].join(
      '\n',
    ),
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
    ...contents(input).map(({ entry, source }) => ({ path: entry.path, size: entry.bytes, source })),
    ...Object.entries(texts).map(([path, bytes]) => ({ path, size: bytes.byteLength, source: whole(bytes) })),
  ];
}
