import { escapeHtml } from '@/lib/html-escape';
import type { ImageRights } from '@/lib/media/rights-metadata';

/**
 * The XMP packet of an image's rights, the same in every container. Deterministic (no dates, no tool name, no
 * padding), so that writing it twice gives the same bytes. Numeric character references are valid XML as well as
 * HTML, so the site's one escaper serves; a carriage return is escaped too, because XML parsers would turn it into a
 * line feed.
 */
const xml = (value: string) => escapeHtml(value).replace(/\r/g, '&#13;');

/** An rdf:Alt of language alternatives: x-default first (what readers show), then the language it is written in. */
function langAlt(value: string, language: string | undefined): string {
  const languages = language ? ['x-default', language] : ['x-default'];
  const items = languages.map((lang) => `<rdf:li xml:lang="${xml(lang)}">${xml(value)}</rdf:li>`);
  return `<rdf:Alt>${items.join('')}</rdf:Alt>`;
}

export function xmpPacket(rights: ImageRights): string {
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
    ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">',
    `<photoshop:Headline>${xml(rights.headline)}</photoshop:Headline>`,
    `<photoshop:Credit>${xml(rights.credit)}</photoshop:Credit>`,
    `<photoshop:Source>${xml(rights.source)}</photoshop:Source>`,
    ...(rights.instructions ? [`<photoshop:Instructions>${xml(rights.instructions)}</photoshop:Instructions>`] : []),
    `<dc:rights>${langAlt(rights.copyright, undefined)}</dc:rights>`,
    '<xmpRights:Marked>True</xmpRights:Marked>',
    `<xmpRights:UsageTerms>${langAlt(rights.usageTerms, rights.language)}</xmpRights:UsageTerms>`,
    `<xmpRights:WebStatement>${xml(rights.webStatement)}</xmpRights:WebStatement>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
