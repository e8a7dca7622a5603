/**
 * Pagefind's excerpt as HTML that is safe to render: every character is escaped except Pagefind's own <mark> and
 * </mark> around the matched words. The excerpt comes from our own plain text, but nothing else in it may become
 * markup. Character references already present stay as they are, so text is not escaped twice.
 */
export function markOnlyHtml(excerpt: string): string {
  return excerpt
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escapeText(part)))
    .join('');
}

function escapeText(text: string): string {
  return text
    .replace(/&(?!(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
