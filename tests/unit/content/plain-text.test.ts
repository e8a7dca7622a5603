import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '@/lib/content/plain-text';
import { releaseHtml, releasePlainText, type ReleaseTextParts } from '@/lib/content/release-text';

/** What "Copy text" puts on the clipboard (both forms) and the press kit ships as .txt. */
const parts: ReleaseTextParts = {
  title: 'smart & friends',
  dateline: 'SHANGHAI, 15 July 2025, 10:00 –',
  summary: 'A summary.',
  highlightsHeading: 'Highlights',
  highlights: ['First <one>', 'Second'],
  bodyMarkdown:
    '## Design\n\nSee [the archive](/en/releases), [smart](https://smart.com), <https://smart.com> and [write](mailto:press@example.com).\n\nSome *emphasis*.',
  bodyHtml:
    '<h2 id="design">Design</h2><p>See <a href="/en/releases">the archive</a> and <a href="https://smart.com">smart</a>.</p><p>Some <em>emphasis</em>.</p>',
  contactsHeading: 'Media contacts',
  contacts: [{ name: 'Press desk', role: 'Global press', email: 'press@example.com', phone: '+86 21 5555 0100' }],
  url: 'https://newsroom.example/en/releases/x',
  siteUrl: 'https://newsroom.example',
  lang: 'en',
  dir: 'ltr',
};

describe('the release as plain text', () => {
  it('keeps link addresses after their words, absolute, and does not repeat an address written out', () => {
    expect(markdownToPlainText(parts.bodyMarkdown, parts.siteUrl)).toBe(
      'Design\n\nSee the archive (https://newsroom.example/en/releases), smart (https://smart.com), https://smart.com and write (press@example.com).\n\nSome emphasis.',
    );
  });

  it('holds title, dateline, summary, the highlights as bullets, body, contacts and the address, in that order', () => {
    const text = releasePlainText(parts);
    expect(text).toBe(
      [
        'smart & friends',
        'SHANGHAI, 15 July 2025, 10:00 – A summary.',
        'Highlights\n\n• First <one>\n• Second',
        'Design\n\nSee the archive (https://newsroom.example/en/releases), smart (https://smart.com), https://smart.com and write (press@example.com).\n\nSome emphasis.',
        'Media contacts\n\nPress desk\nGlobal press\npress@example.com\n+86 21 5555 0100',
        'https://newsroom.example/en/releases/x',
      ].join('\n\n') + '\n',
    );
  });

  it('leaves out an empty highlights box', () => {
    expect(releasePlainText({ ...parts, highlights: [] })).not.toContain('Highlights');
  });
});

describe('the release as HTML for the clipboard', () => {
  const html = releaseHtml(parts);

  it('keeps headings, emphasis, the highlights and links, with absolute addresses', () => {
    expect(html).toContain('<h1>smart &#38; friends</h1>');
    expect(html).toContain('<h2>Highlights</h2><ul><li>First &#60;one&#62;</li><li>Second</li></ul>');
    expect(html).toContain('<h2 id="design">Design</h2>');
    expect(html).toContain('<em>emphasis</em>');
    expect(html).toContain('<a href="https://newsroom.example/en/releases">the archive</a>');
    expect(html).toContain('<a href="https://smart.com">smart</a>');
    expect(html).toContain('<a href="mailto:press@example.com">press@example.com</a>');
    expect(html).toContain('<a href="https://newsroom.example/en/releases/x">');
  });

  it('carries the language and direction of the release', () => {
    expect(html.startsWith('<div lang="en" dir="ltr">')).toBe(true);
    expect(releaseHtml({ ...parts, lang: 'ar', dir: 'rtl' }).startsWith('<div lang="ar" dir="rtl">')).toBe(true);
  });
});
