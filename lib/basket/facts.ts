import type { ItemKind, Rendition } from './items';
import type { Refusal } from './manifest';

/**
 * What POST /api/basket/items answers (pages/api/basket/items.ts): the facts the basket page shows of each item,
 * fresh from the public gate, in the basket's language. Types only, shared by the handler and the browser's list.
 */

/** One way an item can be downloaded, with the size of exactly the bytes the download will hold. */
export type RenditionOption = {
  rendition: Rendition;
  /** The file type's label: "JPG", "PNG", "PDF", "MP4". */
  type: string;
  width?: number;
  height?: number;
  bytes: number;
};

export type ItemFacts = {
  /** The item's key as the request named it: `{slug}/{file}:{rendition}`. */
  key: string;
  slug: string;
  file: string;
  kind: ItemKind;
  rendition: Rendition;
  /** An image's caption, a video's or document's title, in the basket's language where translated. */
  title: string;
  /** lang and dir of `title` and `releaseTitle` when they are the English original of an untranslated release. */
  text?: { lang: string; dir: 'ltr' | 'rtl' };
  releaseTitle: string;
  /** The release page in the basket's language (a site path). */
  releasePath: string;
  credit?: string;
  /** The terms of use in words ("Editorial use only"). */
  usage?: string;
  /** The last day of use, YYYY-MM-DD. */
  expires?: string;
  /** A picture to show: an image itself, a video's poster (a site path, for next/image), with its size and alt text. */
  thumbnail?: { src: string; width: number; height: number; alt: string };
  /** Every rendition the item comes in, in the order offered; the chosen one is `rendition`. */
  options: RenditionOption[];
};

export type BasketFacts = { items: ItemFacts[]; refused: Refusal[] };
