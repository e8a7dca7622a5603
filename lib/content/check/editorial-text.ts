/**
 * House style for names, checked in any text an editor writes (frontmatter values and Markdown text). The brand is
 * always written "smart", models "smart #1", "smart #3", "smart #5", "smart fortwo", and the partner "BRABUS".
 */
export type StyleProblem = { index: number; found: string; expected: string };

/** Web and e-mail addresses keep their own spelling: blank them out, keeping every other character's position. */
const addresses = /\S*(?:[a-z][a-z0-9+.-]*:\/\/|www\.|@)\S*/gi;
const blankAddresses = (text: string) => text.replace(addresses, (match) => ' '.repeat(match.length));

const rules: { pattern: RegExp; expected: (match: RegExpExecArray) => string }[] = [
  // "smart#5", "Smart #5", "smart # 5", "SMART #5": one space, no space after the hash.
  { pattern: /\bsmart\s*#\s*(\d)\b/gi, expected: (m) => `smart #${m[1] ?? ''}` },
  { pattern: /\bsmart\s*for\s*two\b/gi, expected: () => 'smart fortwo' },
  { pattern: /\bsmart\b/gi, expected: () => 'smart' },
  { pattern: /\bbrabus\b/gi, expected: () => 'BRABUS' },
];

/** Every misspelt brand or model name in `text`, by position; a model name is reported once, not also as a brand. */
export function styleProblems(text: string): StyleProblem[] {
  const searchable = blankAddresses(text);
  const problems: StyleProblem[] = [];
  const covered: [number, number][] = [];
  for (const rule of rules) {
    for (const match of searchable.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (covered.some(([from, to]) => start < to && end > from)) continue;
      covered.push([start, end]);
      const expected = rule.expected(match);
      if (match[0] !== expected) problems.push({ index: start, found: match[0], expected });
    }
  }
  return problems.sort((a, b) => a.index - b.index);
}

export const styleMessage = (problem: StyleProblem) =>
  `is not in the house style: write "${problem.expected}" (the brand is always lowercase "smart", models "smart #5", partners "BRABUS")`;
