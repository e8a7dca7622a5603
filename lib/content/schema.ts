import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import { earlyAccessGroups, models, pageNav, regions, slugPattern, topics, usageTerms } from './taxonomy';
import { isTimeZone, utcOffset } from './zoned-time';

/**
 * Frontmatter schemas: the single source of truth for what a content file may say. The content check validates
 * the raw files with them (exact errors), and lib/content parses generated documents with them (exact types).
 */

const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

const offsetDateTime = z
  .string({ error: 'must be a date and time in quotes, e.g. "2025-07-15T10:00:00+08:00"' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
    error: 'must be an ISO 8601 date and time with its UTC offset, e.g. "2025-07-15T10:00:00+08:00"',
  })
  .refine((value) => !Number.isNaN(Date.parse(value)), { error: 'is not a real date and time' });

const calendarDate = z
  .string({ error: 'must be a date in quotes, e.g. "2025-07-20"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
  .refine((value) => !Number.isNaN(Date.parse(value)), { error: 'is not a real date' });

const timeZone = z.string().refine(isTimeZone, { error: 'must be an IANA time zone such as "Europe/Berlin" or "Asia/Shanghai"' });

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

const releaseFile = (extensions: string, what: string) =>
  z.string().regex(new RegExp(`^[a-z0-9][a-z0-9._-]*\\.(${extensions})$`), {
    error: `must be a lowercase file name in the release folder ending in ${what}`,
  });

const image = z.strictObject({
  file: releaseFile('jpe?g|png|webp', '.jpg, .jpeg, .png or .webp'),
  alt: text(250),
  caption: text(300),
  credit: text(120),
  usage: z.enum(usageTerms),
  expires: calendarDate.optional(),
});

/**
 * A film and its companions, all in the release folder. What can be read from the files (duration, pixel size,
 * codecs) is not written here: the content check reads it (lib/content/check/editorial-videos.ts). Every translation
 * names the same files, credit and terms; `captions` is its own language's WebVTT file (`….{locale}.vtt`).
 */
const video = z.strictObject({
  /** 1920×1080 H.264 + AAC: the download and the address search engines are given. */
  file: releaseFile('mp4', '.mp4 (1920 × 1080, H.264 and AAC)'),
  /** 1280×720 H.264 + AAC: what the player plays, and the small download. */
  small: releaseFile('mp4', '.mp4 (1280 × 720, H.264 and AAC)'),
  poster: releaseFile('jpe?g|png|webp', '.jpg, .jpeg, .png or .webp (16:9)'),
  captions: releaseFile('vtt', '.vtt (WebVTT), named after its language, e.g. b-roll.en.vtt'),
  title: text(140),
  description: text(300),
  credit: text(120),
  usage: z.enum(usageTerms),
  expires: calendarDate.optional(),
});

const attachment = z.strictObject({
  file: z.string().regex(/^[a-z0-9][a-z0-9._-]*\.pdf$/, { error: 'must be a lowercase .pdf file name in the release folder' }),
  title: text(140),
  language: z.enum(locales),
});

/**
 * Who may read a release before it goes public, and from when: the members of these groups (kept in the database,
 * `npm run access`) each get a personal link when `from` is reached, which stops working at `publishedAt`.
 */
const earlyAccess = z.strictObject({
  groups: z
    .array(z.enum(earlyAccessGroups))
    .min(1, { error: 'needs at least one group' })
    .refine(unique, { error: 'lists a group twice' }),
  from: offsetDateTime,
});

export const releaseFrontmatter = z.strictObject({
  title: text(140),
  summary: text(300),
  publishedAt: offsetDateTime,
  timeZone,
  earlyAccess: earlyAccess.optional(),
  location: text(60),
  topics: z.array(z.enum(topics)).min(1, { error: 'needs at least one topic' }).refine(unique, { error: 'lists a topic twice' }),
  models: z.array(z.enum(models)).refine(unique, { error: 'lists a model twice' }).default([]),
  highlights: z.array(text(200)).max(6, { error: 'must have at most 6 entries' }).default([]),
  hero: image,
  gallery: z.array(image).default([]),
  videos: z
    .array(video)
    .refine((videos) => unique(videos.map((v) => v.file)), { error: 'lists a video file twice' })
    .default([]),
  attachments: z.array(attachment).default([]),
  contacts: z.array(z.string().regex(slugPattern)).min(1, { error: 'needs at least one contact id' }),
  formerSlugs: z.array(z.string().regex(slugPattern, { error: 'must be a lowercase-hyphenated slug' })).default([]),
  draft: z.boolean({ error: 'must be true or false' }).default(false),
  updatedAt: offsetDateTime.optional(),
  corrections: z
    .array(z.strictObject({ date: calendarDate, text: text(500) }))
    .default([]),
}).superRefine((release, ctx) => {
  // Every time is written with its offset; it must be the offset the release's zone has at that instant.
  const times: [PropertyKey[], string | undefined][] = [[['publishedAt'], release.publishedAt], [['earlyAccess', 'from'], release.earlyAccess?.from]];
  for (const [path, value] of times) {
    const stated = value?.match(/(Z|[+-]\d{2}:\d{2})$/)?.[1];
    const expected = value && utcOffset(release.timeZone, new Date(value));
    if (stated && expected && (stated === 'Z' ? '+00:00' : stated) !== expected) {
      ctx.addIssue({
        code: 'custom',
        path,
        input: value,
        message: `has the offset ${stated}, but ${release.timeZone} is at ${expected} on that date; fix the offset or the timeZone`,
      });
    }
  }
  const from = release.earlyAccess?.from;
  if (from && Date.parse(from) >= Date.parse(release.publishedAt)) {
    ctx.addIssue({
      code: 'custom',
      path: ['earlyAccess', 'from'],
      input: from,
      message: `must be before publishedAt (${release.publishedAt}): early access opens ${from}, and a release is read early only before it goes public`,
    });
  }
});

export const pageFrontmatter = z.strictObject({
  title: text(100),
  description: text(200),
  order: z.number({ error: 'must be a whole number' }).int().min(0),
  nav: z.enum(pageNav),
  /** Show the key figures of content/figures on this page (home always shows them). */
  keyFigures: z.boolean({ error: 'must be true or false' }).default(false),
});

export const snippetFrontmatter = z.strictObject({
  title: text(100),
});

/** A text given in English and optionally in each other locale. */
const localized = (max: number) =>
  z.strictObject({
    en: text(max),
    de: text(max).optional(),
    fr: text(max).optional(),
    es: text(max).optional(),
    zh: text(max).optional(),
    ar: text(max).optional(),
  });

export const contactData = z.strictObject({
  name: localized(80),
  role: localized(120),
  region: z.enum(regions),
  email: z.email({ error: 'must be an e-mail address' }),
  phone: z.string().regex(/^\+[0-9 ]{6,20}$/, { error: 'must be an international number such as "+49 30 1234 5678"' }),
  languages: z.array(z.string().regex(/^[a-z]{2}$/, { error: 'must be a two-letter language code' })).min(1),
});

/** A key figure (countries, stores, ...): content data, so no component hard-codes a number. */
export const keyFigureData = z.strictObject({
  order: z.number({ error: 'must be a whole number' }).int().min(0),
  value: text(12),
  label: localized(80),
  source: z.string().regex(slugPattern, { error: 'must be the slug of the release that states the figure' }),
});

/** The schema of each content collection, by its folder under content/: the web editor and its tests read them all. */
export const collectionSchemas = {
  releases: releaseFrontmatter,
  pages: pageFrontmatter,
  snippets: snippetFrontmatter,
  contacts: contactData,
  figures: keyFigureData,
} as const;

export type ReleaseFrontmatter = z.infer<typeof releaseFrontmatter>;
export type PageFrontmatter = z.infer<typeof pageFrontmatter>;
export type ContactData = z.infer<typeof contactData>;
export type ContentImage = z.infer<typeof image>;
export type ContentAttachment = z.infer<typeof attachment>;
export type ContentVideo = z.infer<typeof video>;
export type EarlyAccess = z.infer<typeof earlyAccess>;
