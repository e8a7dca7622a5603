/**
 * Arabic words as presentation forms in visual (left-to-right) order, for next/og. Its shaper (opentype.js in
 * satori) joins Arabic letters when drawing but measures them unjoined, so every word gets a box too wide and the
 * gaps between words vary. Letters already in their contextual forms (Unicode's Arabic Presentation Forms) are
 * measured as drawn. Covers the letters of Modern Standard Arabic plus common loan letters; marks (harakat,
 * shadda) stay with their letter; anything else passes through unchanged.
 */
type Joining = 'dual' | 'right';

/** Letter → [isolated form, joining type]. Final = isolated + 1; for dual-joining, initial = +2, medial = +3. */
const letters = new Map<number, readonly [number, Joining]>([
  [0x0622, [0xfe81, 'right']],
  [0x0623, [0xfe83, 'right']],
  [0x0624, [0xfe85, 'right']],
  [0x0625, [0xfe87, 'right']],
  [0x0626, [0xfe89, 'dual']],
  [0x0627, [0xfe8d, 'right']],
  [0x0628, [0xfe8f, 'dual']],
  [0x0629, [0xfe93, 'right']],
  [0x062a, [0xfe95, 'dual']],
  [0x062b, [0xfe99, 'dual']],
  [0x062c, [0xfe9d, 'dual']],
  [0x062d, [0xfea1, 'dual']],
  [0x062e, [0xfea5, 'dual']],
  [0x062f, [0xfea9, 'right']],
  [0x0630, [0xfeab, 'right']],
  [0x0631, [0xfead, 'right']],
  [0x0632, [0xfeaf, 'right']],
  [0x0633, [0xfeb1, 'dual']],
  [0x0634, [0xfeb5, 'dual']],
  [0x0635, [0xfeb9, 'dual']],
  [0x0636, [0xfebd, 'dual']],
  [0x0637, [0xfec1, 'dual']],
  [0x0638, [0xfec5, 'dual']],
  [0x0639, [0xfec9, 'dual']],
  [0x063a, [0xfecd, 'dual']],
  [0x0641, [0xfed1, 'dual']],
  [0x0642, [0xfed5, 'dual']],
  [0x0643, [0xfed9, 'dual']],
  [0x0644, [0xfedd, 'dual']],
  [0x0645, [0xfee1, 'dual']],
  [0x0646, [0xfee5, 'dual']],
  [0x0647, [0xfee9, 'dual']],
  [0x0648, [0xfeed, 'right']],
  [0x064a, [0xfef1, 'dual']],
  [0x0671, [0xfb50, 'right']],
  [0x067e, [0xfb56, 'dual']],
  [0x0686, [0xfb7a, 'dual']],
  [0x0698, [0xfb8a, 'right']],
  [0x06a4, [0xfb6a, 'dual']],
  [0x06a9, [0xfb8e, 'dual']],
  [0x06af, [0xfb92, 'dual']],
  [0x06cc, [0xfbfc, 'dual']],
]);
/** Alef maksura: its initial and medial forms live outside the FExx block. */
const alefMaksura = { isolated: 0xfeef, final: 0xfef0, initial: 0xfbe8, medial: 0xfbe9 };
/** Lam followed by an alef is one mandatory ligature: alef → [isolated, final] of lam-alef. */
const lamAlef = new Map<number, readonly [number, number]>([
  [0x0622, [0xfef5, 0xfef6]],
  [0x0623, [0xfef7, 0xfef8]],
  [0x0625, [0xfef9, 0xfefa]],
  [0x0627, [0xfefb, 0xfefc]],
]);
const LAM = 0x0644;
const TATWEEL = 0x0640;
const isMark = (code: number) => (code >= 0x064b && code <= 0x065f) || code === 0x0670;

const joiningOf = (code: number | undefined): Joining | 'causing' | undefined =>
  code === undefined ? undefined : code === TATWEEL ? 'causing' : code === 0x0649 ? 'dual' : letters.get(code)?.[1];

/** A cluster: one letter (or lam-alef) with the marks that follow it. */
type Cluster = { code: number; alef?: number; marks: number[] };

export function arabicVisual(word: string): string {
  const clusters: Cluster[] = [];
  for (const char of word) {
    const code = char.codePointAt(0) ?? 0;
    const last = clusters.at(-1);
    if (last && isMark(code)) last.marks.push(code);
    else if (last && last.code === LAM && last.alef === undefined && last.marks.length === 0 && lamAlef.has(code))
      last.alef = code;
    else clusters.push({ code, marks: [] });
  }
  const forms = clusters.map((cluster, i) => {
    const before = joiningOf(clusters[i - 1]?.code);
    const joinsBefore = (before === 'dual' || before === 'causing') && joiningOf(cluster.code) !== undefined;
    const own = cluster.alef === undefined ? joiningOf(cluster.code) : 'right';
    const joinsAfter = (own === 'dual' || own === 'causing') && joiningOf(clusters[i + 1]?.code) !== undefined;
    return String.fromCodePoint(shape(cluster, joinsBefore, joinsAfter), ...cluster.marks);
  });
  return forms.reverse().join('');
}

function shape(cluster: Cluster, joinsBefore: boolean, joinsAfter: boolean): number {
  if (cluster.alef !== undefined) {
    const [isolated, final] = lamAlef.get(cluster.alef) ?? [cluster.code, cluster.code];
    return joinsBefore ? final : isolated;
  }
  if (cluster.code === 0x0649) {
    return joinsBefore
      ? joinsAfter
        ? alefMaksura.medial
        : alefMaksura.final
      : joinsAfter
        ? alefMaksura.initial
        : alefMaksura.isolated;
  }
  const letter = letters.get(cluster.code);
  if (!letter) return cluster.code;
  const [isolated, joining] = letter;
  if (joining === 'right') return joinsBefore ? isolated + 1 : isolated;
  return isolated + (joinsBefore ? (joinsAfter ? 3 : 1) : joinsAfter ? 2 : 0);
}
