import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { parse } from 'yaml';
import { releaseFileName } from '@/lib/content/file-names';
import { parseMarkdownSource } from '@/lib/content/frontmatter';
import { contactData, releaseFrontmatter, type ContactData, type ReleaseFrontmatter } from '@/lib/content/schema';
import { formatDate } from '@/lib/i18n/format';

/**
 * The fact sheets of `npm run make:artwork`: for every release whose English file names a PDF attachment that does
 * not exist yet, a one- or two-page A4 summary drawn from index.en.md (title, dateline, summary, highlights, contacts).
 * English only, so pdf-lib's standard Helvetica (WinAnsi) covers the text; anything it cannot encode is replaced.
 * Dates inside the PDF are the release's own, so redrawing a sheet gives the same file.
 */
const A4 = { width: 595.28, height: 841.89 };
const margin = 56;
const ink = rgb(0.07, 0.08, 0.1);
const muted = rgb(0.38, 0.4, 0.45);
const accent = rgb(0.1, 0.55, 0.5);

type Fonts = { regular: PDFFont; bold: PDFFont };

/** Text as Helvetica can encode it: typographic quotes and dashes stay, anything else becomes its ASCII base. */
function encodable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text]
    .map((char) =>
      supported.has(char.codePointAt(0) ?? 0) ? char : char.normalize('NFKD').replace(/[^\x20-\x7e]/g, '') || '?',
    )
    .join('');
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of encodable(font, text).split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  return line ? [...lines, line] : lines;
}

/** A top-to-bottom writer that starts a new page when the current one is full. */
function writer(doc: PDFDocument, fonts: Fonts, footer: string) {
  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - margin;
  const width = A4.width - 2 * margin;
  const pages: PDFPage[] = [page];
  const ensure = (height: number) => {
    if (y - height >= margin + 24) return;
    page = doc.addPage([A4.width, A4.height]);
    pages.push(page);
    y = A4.height - margin;
  };
  return {
    text(text: string, { size = 11, bold = false, color = ink, indent = 0, gap = 4, bullet = false } = {}) {
      const font = bold ? fonts.bold : fonts.regular;
      for (const [i, line] of wrap(font, text, size, width - indent).entries()) {
        ensure(size * 1.35);
        y -= size * 1.35;
        if (bullet && i === 0) page.drawText('•', { x: margin + indent - 12, y, size, font, color: accent });
        page.drawText(line, { x: margin + indent, y, size, font, color });
      }
      y -= gap;
    },
    space(height: number) {
      y -= height;
    },
    rule() {
      ensure(12);
      y -= 6;
      page.drawLine({ start: { x: margin, y }, end: { x: A4.width - margin, y }, thickness: 0.75, color: accent });
      y -= 10;
    },
    finish() {
      pages.forEach((p, i) => {
        const label = encodable(fonts.regular, `${footer} · ${i + 1}/${pages.length}`);
        p.drawText(label, { x: margin, y: margin - 20, size: 8, font: fonts.regular, color: muted });
      });
    },
  };
}

export async function factSheetPdf(release: ReleaseFrontmatter, contacts: readonly ContactData[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const published = new Date(release.publishedAt);
  const date = formatDate('en', release.publishedAt, release.timeZone);
  doc.setTitle(`Fact sheet: ${release.title}`);
  doc.setAuthor('smart Automobile Co., Ltd.');
  doc.setSubject(release.summary);
  doc.setLanguage('en');
  doc.setCreator('smart newsroom (npm run make:artwork)');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(published);
  doc.setModificationDate(published);

  const out = writer(doc, fonts, `smart Automobile Co., Ltd. · Fact sheet · ${date}`);
  out.text('smart', { size: 26, bold: true, gap: 0 });
  out.text('FACT SHEET', { size: 9, bold: true, color: accent, gap: 10 });
  out.text(release.title, { size: 19, bold: true, gap: 8 });
  out.text(`${release.location.toUpperCase()}, ${date}`, { size: 10, bold: true, color: muted, gap: 10 });
  out.text(release.summary, { size: 12, gap: 6 });
  if (release.highlights.length > 0) {
    out.rule();
    out.text('Highlights', { size: 13, bold: true, gap: 6 });
    for (const highlight of release.highlights) out.text(highlight, { indent: 16, gap: 6, bullet: true });
  }
  out.rule();
  out.text('Media contacts', { size: 13, bold: true, gap: 6 });
  for (const contact of contacts) {
    out.text(contact.name.en, { bold: true, gap: 0 });
    out.text(contact.role.en, { color: muted, gap: 0 });
    out.text(`${contact.email} · ${contact.phone}`, { gap: 10 });
  }
  out.finish();
  return doc.save({ useObjectStreams: false });
}

/** Draws every missing PDF attachment named by a release's index.en.md; returns how many were written. */
export async function makeFactSheets(contentRoot: string): Promise<number> {
  const releasesRoot = path.join(contentRoot, 'releases');
  const contactsRoot = path.join(contentRoot, 'contacts');
  const contact = (id: string) => {
    const file = path.join(contactsRoot, `${id}.yaml`);
    const parsed = existsSync(file) ? contactData.safeParse(parse(readFileSync(file, 'utf8'))) : undefined;
    return parsed?.success ? [parsed.data] : [];
  };
  let made = 0;
  for (const folder of existsSync(releasesRoot) ? readdirSync(releasesRoot).sort() : []) {
    const english = path.join(releasesRoot, folder, releaseFileName('en'));
    if (!existsSync(english)) continue;
    const parsed = releaseFrontmatter.safeParse(parseMarkdownSource(readFileSync(english, 'utf8')).data);
    if (!parsed.success) continue;
    for (const attachment of parsed.data.attachments) {
      const target = path.join(releasesRoot, folder, attachment.file);
      if (existsSync(target)) continue;
      writeFileSync(target, await factSheetPdf(parsed.data, parsed.data.contacts.flatMap(contact)));
      made++;
      console.log(`drew ${path.relative(process.cwd(), target)} (fact sheet)`);
    }
  }
  return made;
}
