import bidiFactory from 'bidi-js';
import webvtt, { type WebVTTError, type WebVTTNode } from 'webvtt-parser';
// The parser's built-in table lacks the semicolon forms ("&amp;" came out as "&;"): its own HTML table has both.
// With its import attribute, which Node's own module loader (Playwright's tests run the content check) requires.
import entities from 'webvtt-parser/html-entities.json' with { type: 'json' };

/**
 * WebVTT captions, read with webvtt-parser: the W3C validator's parser, so a file it accepts is one browsers show,
 * and its errors come with their line. On top of it, the rules of a captioned video: the cues cover the film, a
 * right-to-left cue does not open with left-to-right text, and the transcript a page shows under the player.
 */
export type Cue = { start: number; end: number; text: string; line: number };
export type CaptionProblem = { line: number; column?: number; message: string };

/** Text inside <rt> is a ruby reading aid, not words to read out. */
function plainText(nodes: readonly WebVTTNode[]): string {
  return nodes
    .map((node) =>
      node.type === 'text' ? node.value : node.type === 'object' && node.name !== 'rt' ? plainText(node.children) : '',
    )
    .join('');
}

/** `00:01.500` or `01:00:01.500` in seconds: only to find each cue's line, once the parser has accepted the file. */
function timestampSeconds(line: string): number | undefined {
  const parts = line.trim().match(/^(?:(\d+):)?(\d{2}):(\d{2}\.\d{3})/);
  if (!parts) return undefined;
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2]) * 60 + Number(parts[3]);
}

/**
 * The parser reports an error in a cue's text on the line after the text, with a column counted through the whole
 * text: the line and column where it is.
 */
function located(error: WebVTTError, lines: readonly string[]): CaptionProblem {
  const reported = {
    line: error.line,
    ...(error.col === undefined ? {} : { column: error.col }),
    message: error.message,
  };
  const after = error.line - 1;
  if (error.col === undefined || lines[after]) return reported;
  let timing = after - 1;
  while (timing >= 0 && lines[timing] && !lines[timing]?.includes('-->')) timing--;
  if (!lines[timing]?.includes('-->')) return reported;
  let line = timing + 1;
  let offset = error.col - 1;
  while (line < after - 1 && offset > (lines[line]?.length ?? 0)) {
    offset -= (lines[line]?.length ?? 0) + 1;
    line++;
  }
  return { line: line + 1, column: offset + 1, message: error.message };
}

/** The cues in time order with their text without tags, or the parser's errors (with line and column) if it has any. */
export function parseCaptions(source: string): { cues: Cue[]; errors: CaptionProblem[] } {
  const parsed = new webvtt.WebVTTParser(entities).parse(source);
  const lines = source.split(/\r\n|\r|\n/);
  if (parsed.errors.length) return { cues: [], errors: parsed.errors.map((error) => located(error, lines)) };
  // The parser sorts cues by time and does not keep their lines: give each the first timing line not yet taken that
  // starts at its time (the file has no errors, so every line with an arrow is a cue's timing line).
  const free = lines.flatMap((text, i) =>
    text.includes('-->') ? [{ line: i + 1, start: timestampSeconds(text) }] : [],
  );
  const cues = parsed.cues.map((cue): Cue => {
    const at = free.findIndex((timing) => timing.start === cue.startTime);
    const [timing] = free.splice(at === -1 ? 0 : at, 1);
    return { start: cue.startTime, end: cue.endTime, text: plainText(cue.tree.children), line: timing?.line ?? 1 };
  });
  return { cues, errors: [] };
}

/** 7 → "0:07", 7.25 → "0:07.3": the form players show. */
export function clock(seconds: number): string {
  const tenths = Math.round(seconds * 10);
  const whole = Math.floor(tenths / 10);
  const text = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return tenths % 10 ? `${text}.${tenths % 10}` : text;
}

/** Allowances: players round, and the last seconds of a film are often a logo without words. */
const lateEnd = 0.5;
const silentEnd = 5;

/** Why the cues do not caption a film of `duration` seconds, or undefined when they do. */
export function coverageProblem(cues: readonly Cue[], duration: number): CaptionProblem | undefined {
  const first = cues[0];
  if (!first)
    return {
      line: 1,
      message: `has no cues: the video lasts ${clock(duration)}, and every second of it needs its captions`,
    };
  const last = cues.reduce((latest, cue) => (cue.end > latest.end ? cue : latest));
  const covered = `captions cover ${clock(first.start)}–${clock(last.end)} of ${clock(duration)}`;
  if (last.end > duration + lateEnd) {
    return {
      line: last.line,
      message: `${covered}: the cue on line ${last.line} ends after the video; end it by ${clock(duration)}`,
    };
  }
  if (last.end < duration - silentEnd) {
    return {
      line: last.line,
      message: `${covered}: caption the rest of the video, up to at least ${clock(duration - silentEnd)}`,
    };
  }
  return undefined;
}

const bidi = bidiFactory();
const isolateStart = new Set(['LRI', 'RLI', 'FSI']);

/**
 * Whether a player lays the cue out left to right. WebVTT takes a cue's direction from the first paragraph of its
 * text (its first line): its first strong character, isolates skipped (Unicode bidi rules P2 and P3), and left to
 * right when that line has none.
 */
function laidOutLeftToRight(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === 'B') break;
    if (isolateStart.has(type)) depth++;
    else if (type === 'PDI' && depth > 0) depth--;
    else if (depth === 0 && (type === 'R' || type === 'AL')) return false;
    else if (depth === 0 && type === 'L') return true;
  }
  return true;
}

/**
 * Cues of a right-to-left caption file that players would lay out left to right, so that "smart #5 في ميلانو" puts
 * the Arabic words on the wrong side. A leading RIGHT-TO-LEFT MARK (U+200F) fixes it without changing what is read.
 */
export function leftToRightCues(cues: readonly Cue[]): Cue[] {
  return cues.filter((cue) => laidOutLeftToRight(cue.text));
}

/** Pauses at least this long start a new paragraph of the transcript. */
const paragraphGap = 2;

/** The captions as reading text: cue texts without tags, joined into paragraphs that break at pauses. */
export function transcript(cues: readonly Cue[]): string[] {
  const paragraphs: string[][] = [];
  let previousEnd = -Infinity;
  for (const cue of cues) {
    const text = cue.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (cue.start - previousEnd >= paragraphGap) paragraphs.push([]);
    paragraphs.at(-1)?.push(text);
    previousEnd = Math.max(previousEnd, cue.end);
  }
  return paragraphs.map((words) => words.join(' '));
}
