import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { messages, type Locale } from '../support/site';
import { unescapeText, unfold } from '../support/vcard-text';

/** The press desks of content/contacts, read straight from the YAML the site is built from. */
type Desk = { id: string; name: Record<string, string>; email: string };
const desks: Desk[] = readdirSync('content/contacts')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => {
    const data: unknown = parse(readFileSync(`content/contacts/${file}`, 'utf8'));
    if (typeof data !== 'object' || data === null || !('name' in data) || !('email' in data))
      throw new Error(`${file}: no name or email`);
    const { name, email } = data;
    if (typeof email !== 'string' || typeof name !== 'object' || name === null)
      throw new Error(`${file}: bad name or email`);
    const names = Object.fromEntries(
      Object.entries(name).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
    return { id: file.replace(/\.yaml$/, ''), name: names, email };
  });

const localizedName = (desk: Desk, locale: Locale) => desk.name[locale] ?? desk.name.en ?? desk.id;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the sample content has press desks', () => {
  expect(desks.length).toBeGreaterThan(0);
});

for (const locale of ['en', 'zh'] as const) {
  test(`every contact card on /${locale}/contacts offers its desk as a vCard download`, async ({ page, request }) => {
    const t = messages(locale);
    expect((await page.goto(`/${locale}/contacts`))?.status()).toBe(200);
    const links = page.locator('a[download]');
    await expect(links).toHaveCount(desks.length);

    for (const desk of desks) {
      const name = localizedName(desk, locale);
      // The accessible name carries the desk's name, so each card's link is told apart (Chromium may put a space
      // before the visually hidden part).
      const link = page.getByRole('link', {
        name: new RegExp(`^${escapeRegExp(t.contacts.vcard)}\\s*:\\s*${escapeRegExp(name)}$`),
      });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('download', '');
      const href = await link.getAttribute('href');
      expect(href).toBe(`/${locale}/contacts/${desk.id}.vcf`);

      // identity: compression would replace Content-Length, and the check is about the bytes the route sends.
      const response = await request.get(href ?? '', { headers: { 'Accept-Encoding': 'identity' } });
      expect(response.status(), href ?? '').toBe(200);
      const headers = response.headers();
      expect(headers['content-type']).toBe('text/vcard; charset=utf-8');
      expect(headers['content-disposition']).toBe(`attachment; filename="${desk.id}.vcf"`);
      expect(headers['cache-control']).toContain('max-age=3600');
      const bytes = await response.body();
      // `next start` (Next 16.4) drops any Content-Length a route handler sets and sends its body chunked
      // (server/send-response.js, FORBIDDEN_HEADERS), so the route sets none (lib/media/downloads.ts). Either framing
      // is acceptable as long as it is one of them and matches the bytes.
      if (headers['content-length'] === undefined) expect(headers['transfer-encoding']).toBe('chunked');
      else expect(Number(headers['content-length'])).toBe(bytes.byteLength);

      const card = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(card.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
      expect(card.endsWith('END:VCARD\r\n')).toBe(true);
      const lines = unfold(card).split('\r\n');
      const fn = lines.find((line) => line.startsWith('FN:'));
      expect(unescapeText(fn?.slice(3) ?? '')).toBe(name);
      expect(lines).toContain(`EMAIL;TYPE=INTERNET,WORK:${desk.email}`);
      expect(card).toContain(desk.email);
      expect(card).toContain(name);
    }
  });
}

test('unknown desks and path tricks answer 404', async ({ request }) => {
  for (const path of [
    '/en/contacts/nobody.vcf',
    '/en/contacts/..%2F..%2Fetc%2Fpasswd',
    '/xx/contacts/global-communications.vcf',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'] ?? '', path).not.toContain('text/vcard');
  }
});
