import { readFile } from 'node:fs/promises';
import { createTranslator } from 'use-intl/core';
// The facade itself, not '@/lib/content': the press-kit download handler (pages/api) imports this file too.
import { content } from '@/lib/content/facade';
import { releasePlainText } from '@/lib/content/plain-text';
import type { Release } from '@/lib/content/types';
import { datelineText } from '@/lib/dateline';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { imageInfo, releaseFile } from '@/lib/media';
import { buildPressKit, releaseMarkdown, type PressKitImage, type PressKitInput } from '@/lib/press-kit';
import { pressKitFileName, releasePath } from '@/lib/urls';
import type messagesEn from '@/messages/en.json';

/**
 * Gathers a press kit's input from the content facade, the files on disk and the UI strings, for the release
 * page (which shows the kit's size) and the download handler (which sends it). Both build the same bytes. Only a
 * public translation has a kit: drafts, embargoed releases and untranslated locales get undefined.
 */
const catalogs: Record<Locale, () => Promise<{ default: typeof messagesEn }>> = {
  en: () => import('@/messages/en.json'),
  de: () => import('@/messages/de.json'),
  fr: () => import('@/messages/fr.json'),
  es: () => import('@/messages/es.json'),
  zh: () => import('@/messages/zh.json'),
  ar: () => import('@/messages/ar.json'),
};

async function texts(locale: Locale, release: Release) {
  const messages = (await catalogs[locale]()).default;
  const t = createTranslator({ locale, messages, namespace: 'release' });
  const media = createTranslator({ locale, messages, namespace: 'media' });
  const url = `${env.siteUrl}${releasePath(locale, release.slug)}`;
  const dateline = datelineText(locale, release, (tags) => t.markup('dateline', tags));
  const contacts = content.getContacts(release.contacts).map((c) => ({ name: c.name[locale] ?? c.name.en, role: c.role[locale] ?? c.role.en, email: c.email, phone: c.phone }));
  const parts = { title: release.title, dateline, summary: release.summary, bodyMarkdown: release.bodyMarkdown, contactsHeading: t('contacts'), contacts, url };
  const labels = {
    usageTerm: (term: Release['hero']['usage']) => media(`usageTerms.${term}`),
    contents: media('kitContents'),
    kitMarkdown: media('kitMarkdown'),
    kitText: media('kitText'),
    caption: media('caption'),
    credit: media('credit'),
    usage: media('usage'),
    altText: media('altText'),
    dimensions: media('dimensions'),
    fileSize: media('fileSize'),
    expires: media('expires'),
    title: media('attachmentTitle'),
    language: media('language'),
  };
  return {
    url,
    labels,
    text: releasePlainText(parts),
    markdown: releaseMarkdown({ ...parts, highlightsHeading: t('highlights'), highlights: release.highlights, siteUrl: env.siteUrl }),
  };
}

export async function pressKitInput(locale: Locale, slug: string): Promise<PressKitInput | undefined> {
  const release = content.getRelease(locale, slug);
  if (!release) return undefined;
  const images = await Promise.all(
    [{ ...release.hero, role: 'hero' as const }, ...release.gallery.map((image) => ({ ...image, role: 'gallery' as const }))].map(
      async (image): Promise<PressKitImage> => {
        const [bytes, info] = await Promise.all([readFile(releaseFile(release.folder, image.file)), imageInfo(release.folder, image.file)]);
        return { ...image, bytes: new Uint8Array(bytes), width: info.width, height: info.height };
      },
    ),
  );
  const attachments = await Promise.all(
    release.attachments.map(async (attachment) => ({ ...attachment, bytes: new Uint8Array(await readFile(releaseFile(release.folder, attachment.file))) })),
  );
  const { url, labels, text, markdown } = await texts(locale, release);
  return { slug, locale, title: release.title, url, modifiedAt: release.updatedAt ?? release.publishedAt, markdown, text, images, attachments, labels };
}

/** The kit's bytes and file name, or undefined when (locale, slug) is not a public translation. */
export async function pressKitDownload(locale: Locale, slug: string): Promise<{ bytes: Uint8Array; fileName: string } | undefined> {
  const input = await pressKitInput(locale, slug);
  return input && { bytes: buildPressKit(input), fileName: pressKitFileName(locale, slug) };
}

/** Sizes are remembered per process (content does not change within one); the gate is asked on every call. */
const sizes = new Map<string, Promise<number>>();

export async function pressKitSize(locale: Locale, slug: string): Promise<number | undefined> {
  if (!content.getRelease(locale, slug)) return undefined;
  const key = `${locale}/${slug}`;
  let size = sizes.get(key);
  if (!size) {
    size = pressKitDownload(locale, slug).then((kit) => kit?.bytes.byteLength ?? 0);
    sizes.set(key, size);
  }
  return size;
}
