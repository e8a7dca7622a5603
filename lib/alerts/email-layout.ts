import { directionOf, languageTag, type Locale } from '@/lib/i18n/locales';

/**
 * The HTML frame of every newsroom e-mail: plain markup with inline styles (mail programs ignore style sheets),
 * no images, no remote resources and no tracking of any kind, in the e-mail's language and writing direction.
 */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export type HtmlBlock =
  | { kind: 'heading' | 'lead' | 'text' | 'small'; text: string }
  | { kind: 'button' | 'link'; text: string; href: string };

const styles = {
  heading: 'margin:0 0 16px;font-size:22px;line-height:1.3;font-weight:800',
  lead: 'margin:0 0 16px;font-size:16px;line-height:1.5',
  text: 'margin:0 0 16px;font-size:15px;line-height:1.5;white-space:pre-line',
  small: 'margin:0 0 8px;font-size:13px;line-height:1.5;color:#555555',
  button:
    'display:inline-block;padding:12px 20px;border-radius:999px;background:#111111;color:#ffffff;font-weight:700;text-decoration:none',
  link: 'color:#111111;text-decoration:underline',
};

function block(item: HtmlBlock): string {
  const text = escapeHtml(item.text);
  switch (item.kind) {
    case 'heading':
      return `<h1 style="${styles.heading}">${text}</h1>`;
    case 'button':
      return `<p style="margin:0 0 24px"><a href="${escapeHtml(item.href)}" style="${styles.button}">${text}</a></p>`;
    case 'link':
      return `<p style="${styles.small}"><a href="${escapeHtml(item.href)}" style="${styles.link}">${text}</a></p>`;
    default:
      return `<p style="${styles[item.kind]}">${text}</p>`;
  }
}

export function htmlEmail(
  locale: Locale,
  title: string,
  body: readonly HtmlBlock[],
  footer: readonly HtmlBlock[],
): string {
  return [
    '<!doctype html>',
    `<html lang="${languageTag[locale]}" dir="${directionOf(locale)}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#ffffff;color:#111111;font-family:Arial,Helvetica,sans-serif">',
    '<div style="max-width:600px;margin:0 auto">',
    '<p style="margin:0 0 24px;font-size:14px;font-weight:800;letter-spacing:0.04em">smart</p>',
    ...body.map(block),
    '<hr style="border:0;border-top:1px solid #dddddd;margin:32px 0 16px">',
    ...footer.map(block),
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** The plain-text part: the same blocks, links spelled out. */
export function textEmail(body: readonly HtmlBlock[], footer: readonly HtmlBlock[]): string {
  const line = (item: HtmlBlock) => ('href' in item ? `${item.text}:\n${item.href}` : item.text);
  return `${body.map(line).join('\n\n')}\n\n-- \n${footer.map(line).join('\n\n')}\n`;
}
