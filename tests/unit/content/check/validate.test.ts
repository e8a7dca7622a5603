import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanContent } from '@/lib/content/check/validate';
import { edit, errorsAfter, fixtureRoot, sampleRelease } from '@/tests/support/content-fixture';

const releaseFile = `content/${sampleRelease}`;

describe('content check', () => {
  it('passes the valid fixture and the real content', () => {
    expect(scanContent(fixtureRoot).findings).toEqual([]);
    expect(scanContent(path.resolve('content')).findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  it('names a missing required field', () => {
    const errors = errorsAfter((root) => edit(root, sampleRelease, /^location: .*\n/m, ''));
    expect(errors).toEqual([
      expect.objectContaining({ file: releaseFile, field: 'location', message: 'is required but missing' }),
    ]);
  });

  it('names a mistyped field with its line', () => {
    const errors = errorsAfter((root) => edit(root, sampleRelease, 'summary:', 'sumary:'));
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: releaseFile,
        field: 'sumary',
        line: 3,
        message: expect.stringContaining('not a known field'),
      }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ field: 'summary', message: 'is required but missing' }));
  });

  it('rejects a date without an offset, showing the value and the expected form', () => {
    const errors = errorsAfter((root) => edit(root, sampleRelease, '2025-07-15T10:00:00+08:00', '2025-07-15 10:00'));
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'publishedAt',
        value: '2025-07-15 10:00',
        message: expect.stringContaining('with its UTC offset'),
      }),
    ]);
  });

  it('rejects an offset that does not match the time zone', () => {
    const errors = errorsAfter((root) => edit(root, sampleRelease, '+08:00', '+02:00'));
    expect(errors).toEqual([
      expect.objectContaining({ field: 'publishedAt', message: expect.stringContaining('Asia/Shanghai is at +08:00') }),
    ]);
  });

  it('lists the allowed topics when a topic is unknown', () => {
    const errors = errorsAfter((root) => edit(root, sampleRelease, 'topics: [corporate]', 'topics: [corporate, cars]'));
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'topics[1]',
        value: 'cars',
        message: 'is not allowed. Allowed: corporate, markets, products, technology, partnerships, brand',
      }),
    ]);
  });

  it('lists the allowed models when a model is unknown', () => {
    const errors = errorsAfter((root) => edit(root, sampleRelease, 'models: [smart-5]', 'models: [smart-9]'));
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'models[0]',
        value: 'smart-9',
        message: expect.stringContaining('Allowed: smart-1, smart-3, smart-5, smart-fortwo'),
      }),
    ]);
  });

  it('rejects an unknown contact id', () => {
    const errors = errorsAfter((root) => edit(root, sampleRelease, 'contacts: [desk]', 'contacts: [nobody]'));
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'contacts[0]',
        value: 'nobody',
        message: 'is not a known contact. Allowed: desk',
      }),
    ]);
  });

  it('rejects a duplicate slug', () => {
    const errors = errorsAfter((root) =>
      cpSync(path.join(root, 'releases/2025-07-15-sample'), path.join(root, 'releases/2025-08-01-sample'), {
        recursive: true,
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/releases/2025-08-01-sample',
        field: 'slug',
        value: 'sample',
        message: expect.stringContaining('already used by content/releases/2025-07-15-sample'),
      }),
    ]);
  });

  it('requires an English version', () => {
    const errors = errorsAfter((root) =>
      renameSync(path.join(root, sampleRelease), path.join(root, 'releases/2025-07-15-sample/index.de.md')),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/releases/2025-07-15-sample',
        field: 'index.en.md',
        message: 'is missing: every release needs an English version (index.en.md)',
      }),
    ]);
  });

  it('reads a release file named index.<locale>.md as that language', () => {
    const { sources } = scanContent(fixtureRoot);
    expect(sources.filter((s) => s.file.startsWith('content/releases/')).map((s) => [s.file, s.locale])).toEqual([
      ['content/releases/2025-07-15-sample/index.en.md', 'en'],
    ]);
    const root = mkdtempSync(path.join(tmpdir(), 'newsroom-content-'));
    try {
      cpSync(fixtureRoot, root, { recursive: true });
      cpSync(path.join(root, sampleRelease), path.join(root, 'releases/2025-07-15-sample/index.ar.md'));
      const scan = scanContent(root);
      expect(scan.findings).toEqual([]);
      expect(scan.sources.filter((s) => s.file.startsWith('content/releases/')).map((s) => s.locale)).toEqual([
        'ar',
        'en',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('asks for a release file under its old name (en.md) to be renamed, once, without also calling it missing', () => {
    const errors = errorsAfter((root) =>
      renameSync(path.join(root, sampleRelease), path.join(root, 'releases/2025-07-15-sample/en.md')),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/releases/2025-07-15-sample/en.md',
        field: 'file name',
        value: 'en.md',
        message:
          'is the old name of a release file: rename it to index.en.md (every release file is named index.<language>.md)',
      }),
    ]);
    const translation = errorsAfter((root) =>
      cpSync(path.join(root, sampleRelease), path.join(root, 'releases/2025-07-15-sample/de.md')),
    );
    expect(translation).toEqual([
      expect.objectContaining({
        file: 'content/releases/2025-07-15-sample/de.md',
        message: expect.stringContaining('rename it to index.de.md'),
      }),
    ]);
    const both = errorsAfter((root) =>
      cpSync(path.join(root, sampleRelease), path.join(root, 'releases/2025-07-15-sample/en.md')),
    );
    expect(both).toEqual([
      expect.objectContaining({
        file: 'content/releases/2025-07-15-sample/en.md',
        message:
          'is the old name of index.en.md, which is here too: copy any change from en.md into index.en.md, then delete en.md',
      }),
    ]);
  });

  it('rejects a release file name that is not a locale', () => {
    for (const name of ['english.md', 'index.md', 'index.xx.md', 'index.en.markdown.md']) {
      const errors = errorsAfter((root) =>
        cpSync(path.join(root, sampleRelease), path.join(root, 'releases/2025-07-15-sample', name)),
      );
      expect(errors, name).toEqual([
        expect.objectContaining({
          file: `content/releases/2025-07-15-sample/${name}`,
          value: name,
          message:
            'is not a release file name. Allowed: index.en.md, index.de.md, index.fr.md, index.es.md, index.zh.md, index.ar.md',
        }),
      ]);
    }
  });

  it('rejects a hero image file that does not exist', () => {
    const errors = errorsAfter((root) => rmSync(path.join(root, 'releases/2025-07-15-sample/hero.jpg')));
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'hero.file',
        value: 'hero.jpg',
        message: expect.stringContaining('not in content/releases/2025-07-15-sample/'),
      }),
    ]);
  });

  it('names each file of a video that is not in the folder, and a video file that is not an MP4', () => {
    const video = (file: string, captions: string) =>
      `videos:\n  - file: "${file}"\n    small: "b-roll-720p.mp4"\n    poster: "b-roll.jpg"\n    captions: "${captions}"\n    title: "B-roll"\n    description: "Sample."\n    credit: "smart"\n    usage: "editorial"\ncontacts:`;
    const missing = errorsAfter((root) => edit(root, sampleRelease, 'contacts:', video('b-roll.mp4', 'b-roll.en.vtt')));
    expect(missing.map((e) => [e.field, e.value, e.message])).toEqual(
      ['file', 'small', 'poster', 'captions'].map((key, i) => [
        `videos[0].${key}`,
        ['b-roll.mp4', 'b-roll-720p.mp4', 'b-roll.jpg', 'b-roll.en.vtt'][i],
        'names a file that is not in content/releases/2025-07-15-sample/',
      ]),
    );
    const wrongKind = errorsAfter((root) => edit(root, sampleRelease, 'contacts:', video('b-roll.mov', 'b-roll.en.srt')));
    expect(wrongKind.filter((e) => !e.message.startsWith('names a file'))).toEqual([
      expect.objectContaining({
        field: 'videos[0].file',
        value: 'b-roll.mov',
        message: 'must be a lowercase file name in the release folder ending in .mp4 (1920 × 1080, H.264 and AAC)',
      }),
      expect.objectContaining({
        field: 'videos[0].captions',
        value: 'b-roll.en.srt',
        message:
          'must be a lowercase file name in the release folder ending in .vtt (WebVTT), named after its language, e.g. b-roll.en.vtt',
      }),
    ]);
  });

  it('rejects missing and empty alt text', () => {
    expect(errorsAfter((root) => edit(root, sampleRelease, /^ {2}alt: .*\n/m, ''))).toEqual([
      expect.objectContaining({ field: 'hero.alt', message: 'is required but missing' }),
    ]);
    expect(errorsAfter((root) => edit(root, sampleRelease, 'alt: "A teal rectangle"', 'alt: ""'))).toEqual([
      expect.objectContaining({ field: 'hero.alt', message: 'must not be empty' }),
    ]);
  });

  it('rejects a summary that is too long', () => {
    const errors = errorsAfter((root) =>
      edit(root, sampleRelease, 'A short summary of the sample release.', 'x'.repeat(301)),
    );
    expect(errors).toEqual([expect.objectContaining({ field: 'summary', message: 'must be at most 300 characters' })]);
  });

  it('reports broken YAML with its line', () => {
    const errors = errorsAfter((root) => edit(root, sampleRelease, 'topics: [corporate]', 'topics: [corporate'));
    expect(errors).toEqual([
      expect.objectContaining({ file: releaseFile, message: expect.stringContaining('not valid YAML') }),
    ]);
  });

  it('checks contacts and pages too', () => {
    expect(errorsAfter((root) => edit(root, 'contacts/desk.yaml', 'press@example.com', 'not-an-address'))).toEqual([
      expect.objectContaining({ file: 'content/contacts/desk.yaml', field: 'email', value: 'not-an-address' }),
    ]);
    expect(errorsAfter((root) => edit(root, 'pages/about/en.md', 'nav: "main"', 'nav: "top"'))).toEqual([
      expect.objectContaining({
        file: 'content/pages/about/en.md',
        field: 'nav',
        message: 'is not allowed. Allowed: main, section, none',
      }),
    ]);
    expect(errorsAfter((root) => writeFileSync(path.join(root, 'pages/about/xx.md'), '---\ntitle: x\n---\n'))).toEqual([
      expect.objectContaining({
        file: 'content/pages/about/xx.md',
        field: 'file name',
        message: 'is not a locale. Allowed: en.md, de.md, fr.md, es.md, zh.md, ar.md',
      }),
    ]);
    // Brand pages and snippets keep <locale>.md: a release's file name there is named as such.
    expect(
      errorsAfter((root) =>
        renameSync(path.join(root, 'pages/about/en.md'), path.join(root, 'pages/about/index.en.md')),
      ),
    ).toEqual([
      expect.objectContaining({
        file: 'content/pages/about/index.en.md',
        field: 'file name',
        message: 'is named like a release file; a brand page or snippet is named <language>.md: rename it to en.md',
      }),
    ]);
  });

  it('refuses a brand page at an address the site uses itself', () => {
    for (const name of ['basket', 'releases', 'contacts']) {
      expect(
        errorsAfter((root) => renameSync(path.join(root, 'pages/about'), path.join(root, `pages/${name}`))),
        name,
      ).toEqual([
        expect.objectContaining({
          file: `content/pages/${name}`,
          field: 'folder name',
          value: name,
          message: `is the address of one of the site's own pages (/${name}); choose another folder name`,
        }),
      ]);
    }
  });
});
