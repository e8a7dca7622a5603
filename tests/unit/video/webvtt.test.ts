import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clock, coverageProblem, leftToRightCues, parseCaptions, transcript, type Cue } from '@/lib/video/webvtt';

const folder = path.resolve('content/releases/2025-07-15-first-half-2025');
const captions = (locale: string) => readFileSync(path.join(folder, `b-roll.${locale}.vtt`), 'utf8');
const cue = (start: number, end: number, text: string, line = 3): Cue => ({ start, end, text, line });

describe('parseCaptions', () => {
  it('gives the cues of a caption file with their times, plain text and timing line', () => {
    expect(parseCaptions(captions('en'))).toEqual({
      errors: [],
      cues: [
        cue(0, 2, '[Soft, low ambient rumble; no speech]\nAbstract artwork slowly moves closer.', 3),
        cue(
          2,
          5,
          'Illustration for smart’s first half of 2025:\nseven new markets, partnerships and mindful technology.',
          7,
        ),
        cue(5, 8, 'A wave and dots in plum and mint green\ngive way to stripes and arcs in deep blue and teal.', 11),
        cue(8, 10, 'The picture slowly pulls back.\n[The rumble fades out]', 15),
      ],
    });
  });

  it('drops tags, ruby readings, cue identifiers and settings; decodes entities', () => {
    const source =
      'WEBVTT\n\nintro\n00:01.000 --> 00:02.000\n<v Anna>Hello</v> <i>there</i> &amp; <ruby>漢<rt>kan</rt></ruby>\n\n' +
      '00:00:03.000 --> 00:00:04.500 align:start\n<c.loud>Two</c>\n';
    expect(parseCaptions(source)).toEqual({
      errors: [],
      cues: [cue(1, 2, 'Hello there & 漢', 4), cue(3, 4.5, 'Two', 7)],
    });
  });

  it('reports the parser’s errors at the line and column where they are', () => {
    expect(parseCaptions('WEBVT\n\n00:01.000 --> 00:02.000\nHi\n').errors).toEqual([
      { line: 1, message: 'No valid signature. (File needs to start with "WEBVTT".)' },
    ]);
    expect(parseCaptions('WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n\n00:03.00 --> 00:04.000\nYo\n').errors).toEqual([
      { line: 6, column: 9, message: 'Milliseconds must be given in three digits.' },
    ]);
    // The parser itself says line 6 (after the text) and column 19 (through both lines of the cue).
    expect(parseCaptions('WEBVTT\n\n00:01.000 --> 00:02.000\nfirst line\nHi <b>there\n').errors).toEqual([
      { line: 5, column: 12, message: 'Required end tag missing.' },
    ]);
    expect(parseCaptions('WEBVTT\n\n00:01.000 -> 00:02.000\nHi\n').errors).toEqual([
      { line: 4, message: 'Cue identifier needs to be followed by timestamp.' },
      { line: 5, message: 'Cue identifier cannot be standalone.' },
    ]);
  });

  it('every committed caption file parses, in every language', () => {
    for (const locale of ['en', 'de', 'fr', 'es', 'zh', 'ar']) {
      const { cues, errors } = parseCaptions(captions(locale));
      expect(errors, locale).toEqual([]);
      expect(
        cues.map((c) => [c.start, c.end]),
        locale,
      ).toEqual([
        [0, 2],
        [2, 5],
        [5, 8],
        [8, 10],
      ]);
    }
  });
});

describe('coverageProblem', () => {
  const upTo = (end: number) => [cue(0, 3, 'a', 3), cue(3, end, 'b', 6)];

  it('accepts cues from the start to the end, with half a second of rounding and five silent seconds', () => {
    expect(coverageProblem(upTo(10), 10)).toBeUndefined();
    expect(coverageProblem(upTo(10.5), 10)).toBeUndefined();
    expect(coverageProblem(upTo(5), 10)).toBeUndefined();
  });

  it('names what the captions cover when a cue runs past the end or the last ones are missing', () => {
    expect(coverageProblem(upTo(10.6), 10)).toEqual({
      line: 6,
      message: 'captions cover 0:00–0:10.6 of 0:10: the cue on line 6 ends after the video; end it by 0:10',
    });
    expect(coverageProblem(upTo(7), 12.5)).toEqual({
      line: 6,
      message: 'captions cover 0:00–0:07 of 0:12.5: caption the rest of the video, up to at least 0:07.5',
    });
    expect(coverageProblem([], 10)).toEqual({
      line: 1,
      message: 'has no cues: the video lasts 0:10, and every second of it needs its captions',
    });
  });

  it('takes the cue that ends last, whatever its place', () => {
    expect(coverageProblem([cue(0, 9.8, 'long', 3), cue(1, 2, 'short', 6)], 10)).toBeUndefined();
  });
});

describe('leftToRightCues', () => {
  it('finds the right-to-left cues a player would set left to right, by the first strong letter of the first line', () => {
    const cues = [
      cue(0, 1, 'smart #5 في ميلانو'),
      cue(1, 2, '\u200Fsmart #5 في ميلانو'),
      cue(2, 3, '[هدير خافت]'),
      cue(3, 4, '2025\nفي ميلانو'),
      cue(4, 5, '\u2066smart\u2069 في ميلانو'),
      cue(5, 6, '«smart» في ميلانو'),
    ];
    expect(leftToRightCues(cues).map((c) => c.start)).toEqual([0, 3, 5]);
  });

  it('finds none in the committed Arabic captions', () => {
    for (const release of ['2025-04-08-smart-5-brabus-milan-design-week', '2025-07-15-first-half-2025']) {
      const text = readFileSync(path.resolve('content/releases', release, 'b-roll.ar.vtt'), 'utf8');
      expect(leftToRightCues(parseCaptions(text).cues), release).toEqual([]);
    }
  });
});

describe('transcript', () => {
  it('joins cue texts into paragraphs that break at pauses of two seconds or more', () => {
    const cues = [
      cue(0, 2, 'One\ntwo.'),
      cue(2, 4, 'Three.'),
      cue(5.9, 7, 'Still the first.'),
      cue(9, 10, 'Second  paragraph.'),
      cue(10, 11, ' '),
    ];
    expect(transcript(cues)).toEqual(['One two. Three. Still the first.', 'Second paragraph.']);
  });

  it('reads the committed English captions as one paragraph without tags', () => {
    expect(transcript(parseCaptions(captions('en')).cues)).toEqual([
      '[Soft, low ambient rumble; no speech] Abstract artwork slowly moves closer. Illustration for smart’s first half of 2025: seven new markets, partnerships and mindful technology. A wave and dots in plum and mint green give way to stripes and arcs in deep blue and teal. The picture slowly pulls back. [The rumble fades out]',
    ]);
  });
});

describe('clock', () => {
  it('writes seconds as players show them', () => {
    expect([clock(0), clock(7), clock(7.25), clock(65), clock(600.04)]).toEqual([
      '0:00',
      '0:07',
      '0:07.3',
      '1:05',
      '10:00',
    ]);
  });
});
