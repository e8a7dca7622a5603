/**
 * The prose of a Markdown body, line by line, with what is not prose blanked out: fenced code blocks, inline code
 * and HTML comments (notes to colleagues, never published). Positions within a line are kept, so a check can
 * report the exact line. A line scanner rather than a full Markdown parser: it keeps the content check fast (a
 * full Markdown parse of the sample content took 0.5-1.5 s here), and editors rarely write the constructs where
 * the two differ.
 */
export type ProseLine = { line: number; text: string };

const fence = /^\s{0,3}(`{3,}|~{3,})/;
const inlineCode = /(`+)(?:(?!\1)[\s\S])*?\1/g;

export function proseLines(body: string): ProseLine[] {
  const out: ProseLine[] = [];
  let openFence: string | undefined;
  let inComment = false;
  body.split('\n').forEach((raw, i) => {
    const fenceMatch = raw.match(fence)?.[1];
    if (openFence) {
      if (fenceMatch && fenceMatch[0] === openFence[0] && fenceMatch.length >= openFence.length) openFence = undefined;
      return;
    }
    if (fenceMatch && !inComment) {
      openFence = fenceMatch;
      return;
    }
    let text = '';
    let rest = raw.replace(/\r$/, '');
    while (rest) {
      if (inComment) {
        const end = rest.indexOf('-->');
        text += ' '.repeat(end < 0 ? rest.length : end + 3);
        rest = end < 0 ? '' : rest.slice(end + 3);
        inComment = end < 0;
      } else {
        const start = rest.indexOf('<!--');
        text += start < 0 ? rest : rest.slice(0, start);
        rest = start < 0 ? '' : rest.slice(start);
        inComment = start >= 0;
      }
    }
    out.push({ line: i + 1, text: text.replace(inlineCode, (code) => ' '.repeat(code.length)) });
  });
  return out;
}
