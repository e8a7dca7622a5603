import type { Contact } from '@/lib/content/types';
import { formatList } from '@/lib/i18n/format';
import { languageTag, type Locale } from '@/lib/i18n/locales';
import { contactsPath } from '@/lib/routing';

/**
 * A press desk as a vCard 3.0 (RFC 2426), the version that phones and desktop address books import most
 * reliably. Pure and deterministic (no REV: the same content gives the same bytes): CRLF line endings, text values
 * escaped, lines folded at 75 octets without splitting a UTF-8 character or an escape sequence.
 */
export type VCardOptions = {
  /** Absolute base URL of the newsroom, e.g. "https://newsroom.smart.com" (a trailing slash is ignored). */
  siteUrl: string;
  /** Organization name, the first ORG component, e.g. "smart Automobile Co., Ltd.". */
  organization: string;
  /** Label before the spoken languages in NOTE, e.g. "Languages"; without it NOTE lists only the languages. */
  languagesLabel?: string;
};

export type VCardContact = Pick<Contact, 'name' | 'role' | 'email' | 'phone' | 'languages'>;

const CRLF = '\r\n';
/** RFC 2426 §2.6: lines longer than 75 octets (excluding the line break) should be folded. */
const MAX_LINE_OCTETS = 75;

export function toVCard(contact: VCardContact, locale: Locale, options: VCardOptions): string {
  const { name, role } = contact;
  const languages = languageList(contact.languages, locale);
  const note = options.languagesLabel ? `${options.languagesLabel}: ${languages}` : languages;
  const url = `${options.siteUrl.replace(/\/+$/, '')}${contactsPath(locale)}`;

  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    // The desk is an organization; its name goes in the family-name component, as some importers reject "N:;;;;".
    `N:${[name, '', '', '', ''].map(escapeText).join(';')}`,
    `FN:${escapeText(name)}`,
    `ORG:${[options.organization, name].map(escapeText).join(';')}`,
    `TITLE:${escapeText(role)}`,
    `EMAIL;TYPE=INTERNET,WORK:${escapeText(contact.email)}`,
    `TEL;TYPE=WORK,VOICE:${escapeText(contact.phone)}`,
    `URL:${url}`,
    `NOTE:${escapeText(note)}`,
    'CATEGORIES:press',
    'END:VCARD',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** RFC 2426 §4 text escaping: backslash, comma and semicolon get a backslash, line breaks become "\n". */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line into physical lines of at most 75 octets each, continuation lines starting with a space
 * (which counts toward the 75). Breaks only between whole code points, never inside a "\x" escape and never right
 * after a space, so each physical line is valid UTF-8 on its own and no line ends in whitespace.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const unit of units(line)) {
    const size = utf8Length(unit);
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit && current !== '') {
      // A physical line never ends in a space (some importers trim it): the space moves to the next line.
      const carried = current.length > 1 && current.endsWith(' ') ? ' ' : '';
      parts.push(carried ? current.slice(0, -1) : current);
      current = carried;
      octets = carried.length;
    }
    current += unit;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The code points of a line, an escape sequence ("\," "\\" ...) kept as one unit. */
function* units(line: string): Generator<string> {
  let pending = '';
  for (const char of line) {
    if (pending) {
      yield pending + char;
      pending = '';
    } else if (char === '\\') {
      pending = char;
    } else {
      yield char;
    }
  }
  if (pending) yield pending;
}

/** UTF-8 length in octets of a string of whole code points. */
function utf8Length(value: string): number {
  let octets = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return octets;
}

/** The spoken languages named in the reader's language, e.g. "English and Chinese" or "英语和中文". */
function languageList(codes: readonly string[], locale: Locale): string {
  const names = new Intl.DisplayNames([languageTag[locale]], { type: 'language', fallback: 'code' });
  return formatList(
    locale,
    codes.map((code) => names.of(code) ?? code),
  );
}
