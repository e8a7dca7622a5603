import { formatFileSize, formatPixels } from '@/lib/media/format';
import { fillTemplate } from '@/lib/i18n/plural-text';
import { languageTag, type Locale } from '@/lib/i18n/locales';
import type { RenditionOption } from './facts';
import { MAX_BYTES, MAX_ITEMS, type Rendition } from './items';

/**
 * What the basket page computes in the browser from the facts the server sent (lib/basket/facts.ts): the words of
 * each size on offer, and the totals of the sizes chosen, checked against the caps the download enforces.
 */

/** The option an item is stored in, or its first one (the original) when the stored one is not on offer. */
export function chosenOption(options: readonly RenditionOption[], rendition: Rendition): RenditionOption | undefined {
  return options.find((option) => option.rendition === rendition) ?? options[0];
}

export type Totals = { count: number; bytes: number; over?: 'items' | 'bytes' };

/** The count and bytes of the chosen files; `over` names the cap a download of them would pass. */
export function basketTotals(bytes: readonly number[]): Totals {
  const sum = bytes.reduce((total, b) => total + b, 0);
  const over = bytes.length > MAX_ITEMS ? 'items' : sum > MAX_BYTES ? 'bytes' : undefined;
  return { count: bytes.length, bytes: sum, ...(over ? { over } : {}) };
}

/** The byte cap in words ("2 GB"): MAX_BYTES is 2 GiB, a little more than the 2 GB it promises. */
export const maxSizeText = (locale: Locale) =>
  new Intl.NumberFormat(languageTag[locale], { style: 'unit', unit: 'gigabyte', unitDisplay: 'short' }).format(
    Math.floor(MAX_BYTES / 1e9),
  );

export type OptionTemplates = {
  /** basket.option with its placeholders left in: "{rendition}, {type}, {dimensions} px, {size}". */
  option: string;
  optionWithoutPixels: string;
  /** media.renditions: each rendition's name ("Square 1:1"). */
  renditions: Readonly<Record<string, string>>;
};

/** An option in words: "Square 1:1, JPG, 2000 × 2000 px, 61 kB"; a PDF has no pixels. */
export function optionText(locale: Locale, templates: OptionTemplates, option: RenditionOption): string {
  const values = {
    rendition: templates.renditions[option.rendition] ?? option.rendition,
    type: option.type,
    size: formatFileSize(locale, option.bytes),
  };
  return option.width !== undefined && option.height !== undefined
    ? fillTemplate(templates.option, { ...values, dimensions: formatPixels(locale, option.width, option.height) })
    : fillTemplate(templates.optionWithoutPixels, values);
}
