/**
 * Renders Markdown that the content pipeline compiled and sanitized at build time (lib/content/markdown.ts):
 * no raw HTML from an author reaches this point.
 */
export function Prose({ html, className = '' }: { html: string; className?: string }) {
  return <div className={`prose prose-newsroom sm:prose-lg ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
