import { describe, expect, it } from 'vitest';
import { markOnlyHtml } from '@/lib/search/excerpt-html';

describe('excerpt HTML', () => {
  it('keeps only <mark> and escapes everything else, once', () => {
    expect(markOnlyHtml('the <mark>smart</mark> #5')).toBe('the <mark>smart</mark> #5');
    expect(markOnlyHtml('<img src=x onerror=alert(1)><mark class="x">a</mark>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;&lt;mark class=&quot;x&quot;&gt;a</mark>',
    );
    expect(markOnlyHtml('Peet&#39;s &amp; co & more')).toBe('Peet&#39;s &amp; co &amp; more');
  });
});
