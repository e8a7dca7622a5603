import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contactData } from '@/lib/content/schema';
import { createQueries } from '@/lib/content/queries';
import type { ContactEntry } from '@/lib/content/types';
import { languageTag, locales, type Locale } from '@/lib/i18n/locales';
import { escapeText, foldLine, toVCard } from '@/lib/contacts/vcard';
import { components, logicalLines, unescapeText, unfold, valueOf } from '@/tests/support/vcard-text';

const options = { siteUrl: 'https://newsroom.example.com', organization: 'smart Automobile Co., Ltd.' };

function contact(extra: Partial<ContactEntry> = {}): ContactEntry {
  return {
    id: 'desk',
    name: { en: 'smart Test Desk', de: 'smart Testpressestelle', zh: 'smart 测试传播部', ar: 'قسم الاختبار في smart' },
    role: { en: 'Test press desk', de: 'Testpressedesk' },
    region: 'global',
    email: 'press-test@example.com',
    phone: '+49 30 5555 0199',
    languages: ['en', 'zh'],
    ...extra,
  };
}

/** A stored desk's card as the site builds it: localized by the content queries, then written by toVCard. */
function deskCard(entry: ContactEntry, locale: Locale, cardOptions: Parameters<typeof toVCard>[2]): string {
  const data = { releases: [], pages: [], snippets: [], contacts: [entry], figures: [] };
  const [desk] = createQueries(
    () => data,
    () => new Date(),
  ).contacts(locale);
  if (!desk) throw new Error('the queries lost the contact');
  return toVCard(desk, locale, cardOptions);
}

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('toVCard', () => {
  it('ends every line, the last one included, with CRLF and has no bare CR or LF', () => {
    const card = deskCard(contact({ role: { en: 'Line one\nline two\r\nline three' } }), 'en', options);
    expect(card.endsWith('\r\n')).toBe(true);
    const physical = card.slice(0, -2).split('\r\n');
    for (const line of physical) expect(line).not.toMatch(/[\r\n]/);
    expect(valueOf(card, 'TITLE')).toBe('Line one\\nline two\\nline three');
  });

  it('writes the required fields of a vCard 3.0 in order, without REV, deterministically', () => {
    const card = deskCard(contact(), 'en', options);
    const lines = logicalLines(card);
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:3.0');
    expect(lines.at(-1)).toBe('END:VCARD');
    expect(lines).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:smart Test Desk;;;;',
      'FN:smart Test Desk',
      'ORG:smart Automobile Co.\\, Ltd.;smart Test Desk',
      'TITLE:Test press desk',
      'EMAIL;TYPE=INTERNET,WORK:press-test@example.com',
      'TEL;TYPE=WORK,VOICE:+49 30 5555 0199',
      'URL:https://newsroom.example.com/en/contacts',
      'NOTE:English and Chinese',
      'CATEGORIES:press',
      'END:VCARD',
    ]);
    expect(card).not.toMatch(/^REV[:;]/m);
    expect(deskCard(contact(), 'en', options)).toBe(card);
  });

  it('puts the desk name in the family-name component of N, never an empty N', () => {
    const card = deskCard(contact(), 'zh', options);
    const n = valueOf(card, 'N');
    expect(n).toBeDefined();
    expect(components(n ?? '')).toEqual(['smart 测试传播部', '', '', '', '']);
  });

  it('localizes FN, ORG and TITLE, falling back to English per field', () => {
    const german = deskCard(contact(), 'de', options);
    expect(valueOf(german, 'FN')).toBe('smart Testpressestelle');
    expect(components(valueOf(german, 'ORG') ?? '')).toEqual(['smart Automobile Co., Ltd.', 'smart Testpressestelle']);
    expect(valueOf(german, 'TITLE')).toBe('Testpressedesk');

    const chinese = deskCard(contact(), 'zh', options);
    expect(valueOf(chinese, 'FN')).toBe('smart 测试传播部');
    expect(valueOf(chinese, 'TITLE')).toBe('Test press desk');

    const french = deskCard(contact(), 'fr', options);
    expect(valueOf(french, 'FN')).toBe('smart Test Desk');
    expect(valueOf(french, 'TITLE')).toBe('Test press desk');
  });

  it('links the contacts page of the locale, with or without a trailing slash on the site URL', () => {
    expect(valueOf(deskCard(contact(), 'ar', options), 'URL')).toBe('https://newsroom.example.com/ar/contacts');
    expect(valueOf(deskCard(contact(), 'ar', { ...options, siteUrl: 'https://newsroom.example.com/' }), 'URL')).toBe(
      'https://newsroom.example.com/ar/contacts',
    );
  });

  it('names the spoken languages in the locale, after an optional label', () => {
    for (const locale of locales) {
      const names = new Intl.DisplayNames([languageTag[locale]], { type: 'language' });
      const note = unescapeText(
        valueOf(deskCard(contact({ languages: ['de', 'fr', 'zh'] }), locale, options), 'NOTE') ?? '',
      );
      for (const code of ['de', 'fr', 'zh']) expect(note, locale).toContain(names.of(code));
    }
    const labelled = deskCard(contact(), 'en', { ...options, languagesLabel: 'Languages' });
    expect(valueOf(labelled, 'NOTE')).toBe('Languages: English and Chinese');
    expect(valueOf(deskCard(contact(), 'zh', options), 'NOTE')).toBe('英语和中文');
  });

  it('escapes backslash, comma, semicolon and line breaks in text values', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf\rg')).toBe('a\\\\b\\,c\\;d\\ne\\nf\\ng');
    const card = deskCard(
      contact({ name: { en: 'Press, PR; Media\\Desk' }, role: { en: 'One;\ntwo, three' } }),
      'en',
      options,
    );
    expect(valueOf(card, 'FN')).toBe('Press\\, PR\\; Media\\\\Desk');
    expect(valueOf(card, 'N')).toBe('Press\\, PR\\; Media\\\\Desk;;;;');
    expect(valueOf(card, 'ORG')).toBe('smart Automobile Co.\\, Ltd.;Press\\, PR\\; Media\\\\Desk');
    expect(valueOf(card, 'TITLE')).toBe('One\\;\\ntwo\\, three');
    expect(components(valueOf(card, 'ORG') ?? '')).toEqual(['smart Automobile Co., Ltd.', 'Press, PR; Media\\Desk']);
    expect(unescapeText(valueOf(card, 'TITLE') ?? '')).toBe('One;\ntwo, three');
  });

  describe('folding', () => {
    const longChinese = '智能汽车全球传播部，负责媒体联络；'.repeat(6);
    const longArabic = 'المكتب الصحفي العالمي لشركة smart، للاستفسارات الإعلامية؛ '.repeat(4).trim();
    const card = deskCard(
      contact({
        name: { en: 'Desk', zh: longChinese, ar: longChinese },
        role: { en: 'Role', zh: longArabic, ar: longArabic },
      }),
      'zh',
      options,
    );
    const arabicCard = deskCard(
      contact({ name: { en: 'Desk', ar: longArabic }, role: { en: 'Role', ar: longArabic } }),
      'ar',
      options,
    );

    it.each([
      ['Chinese', card],
      ['Arabic', arabicCard],
    ])(
      'keeps every physical line of the %s card within 75 octets, continuation lines starting with a space',
      (_, text) => {
        const physical = text.slice(0, -2).split('\r\n');
        expect(physical.length).toBeGreaterThan(logicalLines(text).length);
        for (const line of physical) {
          expect(octets(line), line).toBeLessThanOrEqual(75);
          expect(line, 'no line ends in whitespace').not.toMatch(/[ \t]$/);
          expect(line, 'no escape is split').not.toMatch(/(?<!\\)(\\\\)*\\$/);
        }
        const starts = physical.filter((line) => !line.startsWith(' ')).map((line) => line.split(/[:;]/)[0]);
        expect(starts).toEqual([
          'BEGIN',
          'VERSION',
          'N',
          'FN',
          'ORG',
          'TITLE',
          'EMAIL',
          'TEL',
          'URL',
          'NOTE',
          'CATEGORIES',
          'END',
        ]);
      },
    );

    it('never splits a UTF-8 character: each physical line is valid UTF-8 on its own', () => {
      const bytes = Buffer.from(card, 'utf8');
      const decoder = new TextDecoder('utf-8', { fatal: true });
      let start = 0;
      for (let i = 0; i < bytes.length - 1; i++) {
        if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
          expect(() => decoder.decode(bytes.subarray(start, i))).not.toThrow();
          start = i + 2;
        }
      }
      expect(start).toBe(bytes.length);
    });

    it('restores the values when unfolded', () => {
      expect(unescapeText(valueOf(card, 'FN') ?? '')).toBe(longChinese);
      expect(components(valueOf(card, 'N') ?? '')[0]).toBe(longChinese);
      expect(unescapeText(valueOf(card, 'TITLE') ?? '')).toBe(longArabic);
      expect(unescapeText(valueOf(arabicCard, 'FN') ?? '')).toBe(longArabic);
      expect(unescapeText(valueOf(arabicCard, 'TITLE') ?? '')).toBe(longArabic);
    });

    it('folds at exactly 75 octets for ASCII and leaves short lines alone', () => {
      const line = `NOTE:${'x'.repeat(200)}`;
      const folded = foldLine(line).split('\r\n');
      expect(folded.map(octets)).toEqual([75, 75, 1 + (5 + 200 - 75 - 74)]);
      expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
      expect(foldLine('FN:short')).toBe('FN:short');
      expect(foldLine(`NOTE:${'x'.repeat(70)}`)).toBe(`NOTE:${'x'.repeat(70)}`);
      // Four-octet characters (outside the BMP) stay whole too.
      const emoji = foldLine(`NOTE:${'🚗'.repeat(40)}`);
      expect(unfold(emoji)).toBe(`NOTE:${'🚗'.repeat(40)}`);
      for (const l of emoji.split('\r\n')) {
        expect(octets(l)).toBeLessThanOrEqual(75);
        expect(l.isWellFormed(), 'no surrogate pair is split').toBe(true);
      }
    });
  });
});

/**
 * An independent check: the `vcf` package (jhermsmeier/node-vcf, vCard 2.1/3.0/4.0) parses the output. It has no
 * types of its own, so it is loaded as unknown and its jCard output (JSON.stringify calls its toJSON) is checked
 * with zod.
 */
const requireCjs = createRequire(import.meta.url);
const vcfModule: unknown = requireCjs('vcf');

const jCardValue = z.union([z.string(), z.array(z.string())]);
const jCard = z.tuple([
  z.literal('vcard'),
  z.array(z.tuple([z.string(), z.record(z.string(), jCardValue), z.string(), jCardValue])),
]);

function parseWithVcf(text: string) {
  if (typeof vcfModule !== 'function' || !('parse' in vcfModule) || typeof vcfModule.parse !== 'function') {
    throw new Error('vcf does not export vCard.parse');
  }
  const cards: unknown = Reflect.apply(vcfModule.parse, vcfModule, [text]);
  const parsed = z.array(jCard).parse(JSON.parse(JSON.stringify(cards)));
  expect(parsed).toHaveLength(1);
  const properties = parsed[0]?.[1] ?? [];
  const get = (name: string) => properties.filter(([key]) => key === name);
  const types = (params: Record<string, string | string[]>) => [params.type ?? []].flat();
  return { get, types };
}

const contactsDir = path.resolve(import.meta.dirname, '../../../content/contacts');
const realContacts: ContactEntry[] = readdirSync(contactsDir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({
    ...contactData.parse(parseYaml(readFileSync(path.join(contactsDir, file), 'utf8'))),
    id: file.replace(/\.yaml$/, ''),
  }));

describe('toVCard output read by the vcf parser', () => {
  it('finds the sample contacts', () => {
    expect(realContacts.length).toBeGreaterThan(0);
  });

  const cases = realContacts.flatMap((desk) =>
    locales.map((locale): [string, Locale, ContactEntry] => [desk.id, locale, desk]),
  );
  it.each(cases)('%s in %s', (_, locale, desk) => {
    const text = deskCard(desk, locale, { ...options, languagesLabel: 'Languages' });
    const { get, types } = parseWithVcf(text);
    const name = desk.name[locale] ?? desk.name.en;
    const single = (key: string) => {
      const found = get(key);
      expect(found, key).toHaveLength(1);
      return found[0];
    };
    expect(single('version')?.[3]).toBe('3.0');
    expect(single('fn')?.[3]).toBe(escapeText(name));
    expect(single('n')?.[3]).toEqual([escapeText(name), '', '', '', '']);
    expect(single('org')?.[3]).toBe(`${escapeText(options.organization)};${escapeText(name)}`);
    expect(single('title')?.[3]).toBe(escapeText(desk.role[locale] ?? desk.role.en));
    const email = single('email');
    expect(email?.[3]).toBe(desk.email);
    expect(types(email?.[1] ?? {})).toEqual(['internet', 'work']);
    const tel = single('tel');
    expect(tel?.[3]).toBe(desk.phone);
    expect(types(tel?.[1] ?? {})).toEqual(['work', 'voice']);
    expect(single('url')?.[3]).toBe(`${options.siteUrl}/${locale}/contacts`);
    expect(single('note')?.[3]).toMatch(/^Languages: /);
    expect(single('categories')?.[3]).toBe('press');
    expect(get('rev')).toEqual([]);
  });
});
