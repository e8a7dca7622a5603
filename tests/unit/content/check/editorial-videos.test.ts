import { copyFileSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findingsAfter } from '@/tests/support/content-check';
import { edit } from '@/tests/support/content-fixture';

/**
 * The video rules on the fixture release, given the committed sample b-roll of one release (its 1080p and 720p MP4s,
 * poster and captions) and a `videos` entry in English and Arabic; each test breaks one thing.
 */
const sample = path.resolve('content/releases/2025-07-15-first-half-2025');
const folder = 'releases/2025-07-15-sample';
const shown = (name: string) => `content/${folder}/${name}`;

const entry = (locale: string) =>
  [
    'videos:',
    '  - file: "b-roll.mp4"',
    '    small: "b-roll-720p.mp4"',
    '    poster: "b-roll.jpg"',
    `    captions: "b-roll.${locale}.vtt"`,
    '    title: "Sample b-roll"',
    '    description: "Illustrated b-roll without speech."',
    '    credit: "smart Automobile Co., Ltd."',
    '    usage: "editorial"',
    '',
  ].join('\n');
/** Lines of the entry's fields in the fixture's index.<locale>.md. */
const line = { file: 16, small: 17, poster: 18, captions: 19, credit: 22 };

function withVideo(root: string) {
  const dir = path.join(root, folder);
  for (const name of ['b-roll.mp4', 'b-roll-720p.mp4', 'b-roll.jpg', 'b-roll.en.vtt', 'b-roll.ar.vtt']) {
    copyFileSync(path.join(sample, name), path.join(dir, name));
  }
  copyFileSync(path.join(dir, 'index.en.md'), path.join(dir, 'index.ar.md'));
  for (const locale of ['en', 'ar']) {
    edit(root, `${folder}/index.${locale}.md`, 'contacts: [desk]', `${entry(locale)}contacts: [desk]`);
  }
}
const after = (change: (root: string) => void) =>
  findingsAfter((root) => {
    withVideo(root);
    change(root);
  });
const inFolder = (root: string, name: string) => path.join(root, folder, name);
const rewrite = (root: string, name: string, change: (bytes: Buffer) => Uint8Array) =>
  writeFileSync(inFolder(root, name), change(readFileSync(inFolder(root, name))));

describe('video checks', () => {
  it('accept the sample b-roll with captions in each language of the release', async () => {
    expect(await after(() => {})).toEqual(expect.objectContaining({ errors: [], warnings: [] }));
  });

  it('a translation without its captions file, or naming another language’s, is an error', async () => {
    const missing = await after((root) => rmSync(inFolder(root, 'b-roll.ar.vtt')));
    expect(missing.errors).toEqual([
      expect.objectContaining({
        file: shown('index.ar.md'),
        line: line.captions,
        field: 'videos[0].captions',
        value: 'b-roll.ar.vtt',
        message: `names a file that is not in content/${folder}/`,
      }),
    ]);
    const other = await after((root) => edit(root, `${folder}/index.ar.md`, '"b-roll.ar.vtt"', '"b-roll.en.vtt"'));
    expect(other.errors).toEqual([
      {
        rule: 'captions',
        level: 'error',
        file: shown('index.ar.md'),
        line: line.captions,
        column: 15,
        field: 'videos[0].captions',
        value: 'b-roll.en.vtt',
        message: "must be the captions in this file's language (index.ar.md): name the file b-roll.ar.vtt",
      },
    ]);
  });

  it('captions that do not parse are an error on their line', async () => {
    const { errors } = await after((root) =>
      edit(root, `${folder}/b-roll.en.vtt`, '00:05.000 --> 00:08.000', '00:05.00 --> 00:08.000'),
    );
    expect(errors).toEqual([
      {
        rule: 'captions',
        level: 'error',
        file: shown('b-roll.en.vtt'),
        line: 11,
        column: 9,
        message: 'this line is not valid WebVTT: Milliseconds must be given in three digits. Players skip what they cannot read',
      },
    ]);
  });

  it('a cue past the end of the film, or captions that stop early, are errors naming what they cover', async () => {
    const late = await after((root) => edit(root, `${folder}/b-roll.en.vtt`, '00:08.000 --> 00:10.000', '00:08.000 --> 00:11.000'));
    expect(late.errors).toEqual([
      expect.objectContaining({
        rule: 'captions',
        file: shown('b-roll.en.vtt'),
        line: 15,
        message: 'captions cover 0:00–0:11 of 0:10: the cue on line 15 ends after the video; end it by 0:10',
      }),
    ]);
    const early = await after((root) =>
      edit(root, `${folder}/b-roll.ar.vtt`, /\n\n00:02\.000 --> 00:05\.000[^]*$/, '\n'),
    );
    expect(early.errors).toEqual([
      expect.objectContaining({
        file: shown('b-roll.ar.vtt'),
        line: 3,
        message: 'captions cover 0:00–0:02 of 0:10: caption the rest of the video, up to at least 0:05',
      }),
    ]);
  });

  it('a video of the wrong size, codec or layout is an error saying what it must be', async () => {
    const swapped = await after((root) => edit(root, `${folder}/index.en.md`, '"b-roll-720p.mp4"', '"b-roll.mp4"'));
    expect(swapped.errors).toContainEqual({
      rule: 'video-file',
      level: 'error',
      file: shown('index.en.md'),
      line: line.small,
      column: 12,
      field: 'videos[0].small',
      value: 'b-roll.mp4',
      message:
        'is 1920 × 1080 pixels of avc1 video, mp4a sound; small is what the player plays and must be 1280 × 720 pixels of H.264 video (avc1) with AAC sound (mp4a). Export it again in that format',
    });
    // The index (moov, 8,948 bytes from byte 32) moved behind the media data.
    const late = await after((root) =>
      rewrite(root, 'b-roll.mp4', (b) => Buffer.concat([b.subarray(0, 32), b.subarray(8980), b.subarray(32, 8980)])),
    );
    expect(late.errors).toEqual([
      expect.objectContaining({
        field: 'videos[0].file',
        message: expect.stringContaining('keeps its index after the picture and sound'),
      }),
    ]);
    const cut = await after((root) => rewrite(root, 'b-roll.mp4', (b) => b.subarray(0, 5000)));
    expect(cut.errors).toEqual([
      expect.objectContaining({
        rule: 'video-file',
        field: 'videos[0].file',
        line: line.file,
        message: 'is truncated: the moov box at byte 32 needs 8948 bytes, but only 4968 are there',
      }),
    ]);
  });

  it('a small version of another length than the download is an error', async () => {
    // The 720p file's mvhd says 9,000 of 1,000 per second instead of 10,000.
    const { errors } = await after((root) =>
      rewrite(root, 'b-roll-720p.mp4', (b) => {
        const copy = Buffer.from(b);
        copy.writeUInt32BE(9000, copy.indexOf('mvhd') + 20);
        return copy;
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'videos[0].small',
        message: 'lasts 0:09 and b-roll.mp4 lasts 0:10: both must be the same film',
      }),
    ]);
  });

  it('a poster that is not 16:9 is an error', async () => {
    const square = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#123' } }).jpeg().toBuffer();
    const { errors } = await after((root) => writeFileSync(inFolder(root, 'b-roll.jpg'), square));
    expect(errors).toEqual([
      expect.objectContaining({
        rule: 'video-file',
        field: 'videos[0].poster',
        line: line.poster,
        message:
          'is 1200 × 900 pixels; a poster shows in the player before the film starts and must be 16:9 and at least 1280 × 720 pixels, e.g. a frame of the 720p video',
      }),
    ]);
  });

  it('a translation naming another file, credit or number of videos than English is an error naming both files', async () => {
    const credit = await after((root) =>
      edit(root, `${folder}/index.ar.md`, /credit: "smart Automobile Co., Ltd."\n {4}usage/, 'credit: "smart Europe GmbH"\n    usage'),
    );
    expect(credit.errors).toEqual([
      {
        rule: 'video-translations',
        level: 'error',
        file: shown('index.ar.md'),
        line: line.credit,
        column: 13,
        field: 'videos[0].credit',
        value: 'smart Europe GmbH',
        message:
          'differs from index.en.md, which has "smart Automobile Co., Ltd.": the files, credit, terms and end date of a video are the same in every translation',
      },
    ]);
    const none = await after((root) => edit(root, `${folder}/index.ar.md`, entry('ar'), 'videos: []\n'));
    expect(none.errors).toEqual([
      expect.objectContaining({
        file: shown('index.ar.md'),
        field: 'videos',
        message: 'lists 0 video(s) and index.en.md lists 1: every translation names the same videos, in the same order',
      }),
    ]);
  });

  it('an Arabic cue that starts with Latin letters is a warning; a leading RIGHT-TO-LEFT MARK settles it', async () => {
    const { errors, warnings } = await after((root) =>
      edit(root, `${folder}/b-roll.ar.vtt`, '\u200Fsmart تستعرض', 'smart تستعرض'),
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({
        rule: 'captions',
        file: shown('b-roll.ar.vtt'),
        line: 8,
        value: 'smart تستعرض نصفها الأول من عام 2025 في رسم توضيحي:',
        message: expect.stringContaining('begin it with a RIGHT-TO-LEFT MARK (U+200F)'),
      }),
    ]);
  });

  it('a video heavier than 500 MB is a warning', async () => {
    // A sparse copy: zeros after the media data read as one last box, to the end of the file.
    const { errors, warnings } = await after((root) => truncateSync(inFolder(root, 'b-roll.mp4'), 501 * 1024 * 1024));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({
        rule: 'video-weight',
        field: 'videos[0].file',
        message: 'is 501 MB: journalists on a deadline will not wait for it (at most 500 MB). Export it again at a lower bit rate',
      }),
    ]);
  });
});
