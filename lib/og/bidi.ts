import bidiFactory from 'bidi-js';
import { arabicVisual } from './arabic-forms';

/**
 * Right-to-left lines for next/og. Its renderer (satori) shapes an Arabic word correctly (joined letters, right to
 * left) but lays a line out left to right in logical order, so a sentence comes out with its words reversed. We run
 * the Unicode Bidirectional Algorithm (bidi-js) ourselves and hand the renderer atomic tokens that a
 * `flex-direction: row-reverse` line places right to left:
 * - a left-to-right run (Latin words, numbers, "smart #5 BRABUS") stays one token, drawn left to right;
 * - right-to-left text is cut into words and punctuation; words become presentation forms in visual order
 *   (arabic-forms.ts), punctuation is mirrored ("«" → "»") and reversed.
 * Tokens come in logical order; `spaceAfter` tells whether a space followed the token in the text.
 */
export type BidiToken = { text: string; rtl: boolean; spaceAfter: boolean };

const bidi = bidiFactory();
const isSpace = (char: string) => /\s/u.test(char);
const isLetter = (char: string) => /[\p{L}\p{M}]/u.test(char);

export function rtlTokens(text: string): BidiToken[] {
  const { levels } = bidi.getEmbeddingLevels(text, 'rtl');
  const mirrored = bidi.getMirroredCharactersMap(text, levels);
  const isRtl = (i: number) => (levels[i] ?? 1) % 2 === 1;
  const tokens: BidiToken[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (isSpace(char) && isRtl(i)) {
      const last = tokens.at(-1);
      if (last) last.spaceAfter = true;
      i++;
      continue;
    }
    let end = i + 1;
    if (!isRtl(i)) {
      while (end < text.length && !isRtl(end)) end++;
      const run = text.slice(i, end);
      tokens.push({ text: run.trim(), rtl: false, spaceAfter: run.trimEnd() !== run });
    } else {
      const letters = isLetter(char);
      while (end < text.length && isRtl(end) && !isSpace(text.charAt(end)) && isLetter(text.charAt(end)) === letters)
        end++;
      const chunk = text.slice(i, end);
      const visual = letters
        ? arabicVisual(chunk)
        : chunk
            .split('')
            .map((c, k) => mirrored.get(i + k) ?? c)
            .reverse()
            .join('');
      tokens.push({ text: visual, rtl: true, spaceAfter: false });
    }
    i = end;
  }
  return tokens.filter((token) => token.text !== '');
}
