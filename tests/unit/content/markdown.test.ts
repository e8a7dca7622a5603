import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypePlugins, remarkPlugins } from '@/lib/content/markdown';

/** The same pipeline contentlayer2 runs (its default builder with our plugins). */
async function render(markdown: string) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe('markdown pipeline', () => {
  it('drops raw HTML, scripts and javascript: links', async () => {
    const html = await render(
      'Hi <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](https://example.com)',
    );
    expect(html).not.toMatch(/<script|onerror|<img|javascript:/);
    expect(html).toContain('<a href="https://example.com">y</a>');
  });

  it('keeps heading ids, tables and lists', async () => {
    const html = await render('## Key facts\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two');
    expect(html).toContain('<h2 id="key-facts">Key facts</h2>');
    expect(html).toContain('<table>');
    expect(html).toContain('<li>one</li>');
  });

  it('turns the house quote convention into a pull quote with name and role', async () => {
    const html = await render('> "We open minds."\n>\n> — Mandy Zhang, Global CMO of smart');
    expect(html).toContain('<figure class="pull-quote"><blockquote>');
    expect(html).toContain(
      '<figcaption><cite class="quote-name">Mandy Zhang</cite>, <span class="quote-role">Global CMO of smart</span></figcaption>',
    );
    expect(html).not.toContain('— Mandy');
  });

  it('leaves ordinary blockquotes alone', async () => {
    expect(await render('> Just a quote.')).toBe('<blockquote>\n<p>Just a quote.</p>\n</blockquote>');
  });
});
