import { appendFileSync, cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { styleProblems } from '@/lib/content/check/editorial-text';
import { checkFolder, findingsAfter } from '@/tests/support/content-check';
import { edit, fixtureRoot, sampleRelease } from '@/tests/support/content-fixture';

const releaseFile = `content/${sampleRelease}`;
const folder = 'releases/2025-07-15-sample';
/** Line of "The sample body." in the fixture. */
const bodyLine = 18;
const withBody = (text: string) => (root: string) => edit(root, sampleRelease, 'The sample body.', text);
const rule = (name: string) => expect.objectContaining({ rule: name, file: releaseFile });

describe('editorial checks', () => {
  it('find no error in the fixture or in the real content', async () => {
    expect((await checkFolder(fixtureRoot)).filter((f) => f.level === 'error')).toEqual([]);
    expect((await checkFolder(path.resolve('content'))).filter((f) => f.level === 'error')).toEqual([]);
  });

  it('brand style: the brand in lowercase, models as "smart #5", BRABUS in capitals', async () => {
    const { errors } = await findingsAfter(
      withBody('Smart and SMART unveil the smart#5, the Smart #3, the smart # 1 and the Brabus smart Fortwo.'),
    );
    expect(errors.map((e) => [e.line, e.value])).toEqual([
      [bodyLine, 'Smart'],
      [bodyLine, 'SMART'],
      [bodyLine, 'smart#5'],
      [bodyLine, 'Smart #3'],
      [bodyLine, 'smart # 1'],
      [bodyLine, 'Brabus'],
      [bodyLine, 'smart Fortwo'],
    ]);
    expect(errors[2]).toEqual(rule('brand-style'));
    expect(errors[2]?.message).toContain('is not in the house style: write "smart #5"');
    const title = await findingsAfter((root) =>
      edit(root, sampleRelease, 'title: "smart sample release"', 'title: "SMART sample release"'),
    );
    expect(title.errors).toEqual([
      expect.objectContaining({ rule: 'brand-style', line: 2, field: 'title', value: 'SMART' }),
    ]);
  });

  it('brand style leaves code, addresses and correct names alone', async () => {
    const body =
      'The smart #5 BRABUS and smart fortwo. `Smart` https://example.com/Smart press@Smart.example\n\n```\nSMART\n```';
    expect((await findingsAfter(withBody(body))).errors).toEqual([]);
    expect(styleProblems('Der Smart #5')).toEqual([{ index: 4, found: 'Smart #5', expected: 'smart #5' }]);
  });

  it('raw HTML is an error (it would be stripped), a comment is not', async () => {
    const { errors } = await findingsAfter(
      withBody('Text <span class="x">here</span>.\n\n<!-- a note for the reviewer -->\n\n<https://example.com>'),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        rule: 'raw-html',
        line: bodyLine,
        value: '<span class="x">',
        message: expect.stringContaining('removed when the site is built'),
      }),
      expect.objectContaining({ rule: 'raw-html', line: bodyLine, value: '</span>' }),
    ]);
  });

  it('http:// links are errors, written as links or as plain addresses', async () => {
    const { errors } = await findingsAfter(
      withBody(
        '[site](http://example.com), http://example.org and www.example.net; fine: https://example.com [mail](mailto:a@b.c)',
      ),
    );
    expect(errors.map((e) => e.value)).toEqual(['http://example.com', 'http://example.org', 'http://www.example.net']);
    expect(errors[0]).toEqual(
      expect.objectContaining({ rule: 'link', line: bodyLine, message: expect.stringContaining('use https://') }),
    );
  });

  it('links to releases and pages that do not exist are errors with a suggestion', async () => {
    // /de/about: a brand page exists in every language once it exists in English (it shows the English page).
    const fine = [
      '/en/releases/sample',
      '/de/releases/sample',
      '/en/about',
      '/de/about',
      '/en/releases/topic/corporate',
      '/en/releases/year/2025',
      '/media/sample/hero.jpg',
      '/en/contacts',
      '/en/releases/sample#quote',
    ];
    expect((await findingsAfter(withBody(fine.map((url) => `[x](${url})`).join(' ')))).errors).toEqual([]);
    const { errors } = await findingsAfter(
      withBody(
        '[a](/en/releases/sampel)\n[b](/de/about/nope)\n[c](/en/releases/year/1999)\n[d](/media/sample/nope.jpg)\n[e](hero.jpg)\n[f](javascript:void)',
      ),
    );
    expect(errors.map((e) => [e.line, e.value])).toEqual([
      [18, '/en/releases/sampel'],
      [19, '/de/about/nope'],
      [20, '/en/releases/year/1999'],
      [21, '/media/sample/nope.jpg'],
      [22, 'hero.jpg'],
      [23, 'javascript:void'],
    ]);
    expect(errors[0]?.message).toContain('Did you mean /en/releases/sample?');
    expect(errors[1]?.message).toContain('does not exist');
    expect(errors[4]?.message).toContain('relative link');
    expect(errors[5]?.message).toContain('is removed from the page');
  });

  it('links to combined archive filters are checked like the site answers them', async () => {
    // The fixture's one release: topic corporate, model smart-5, 2025.
    const fine = [
      '/en/releases/topic/corporate/model/smart-5',
      '/de/releases/topic/corporate/model/smart-5/year/2025',
      '/en/releases/model/smart-5/year/2025',
      '/en/releases/topic/brand',
    ];
    expect((await findingsAfter(withBody(fine.map((url) => `[x](${url})`).join(' ')))).errors).toEqual([]);
    const wrong = [
      '/en/releases/topic/corporate/model/smart-1',
      '/en/releases/model/smart-5/topic/corporate',
      '/en/releases/topic/corporate/topic/markets',
      '/en/releases/topic/corporate/year/1999',
      '/en/releases/topic/corporate/model/smart-5/page/2',
    ];
    const { errors } = await findingsAfter(withBody(wrong.map((url) => `[x](${url})`).join('\n')));
    expect(errors.map((e) => e.value)).toEqual(wrong);
    expect(errors[1]?.message).toContain('Did you mean /en/releases/topic/corporate/model/smart-5?');
  });

  it('an image in the text needs alt text', async () => {
    const { errors } = await findingsAfter(withBody('![](/media/sample/hero.jpg)'));
    expect(errors).toEqual([
      expect.objectContaining({ rule: 'alt-text', line: bodyLine, value: '/media/sample/hero.jpg' }),
    ]);
    expect((await findingsAfter(withBody('![The sample artwork](/media/sample/hero.jpg)'))).errors).toEqual([]);
  });

  it('an image too small for print is an error', async () => {
    const small = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#000' } })
      .jpeg()
      .toBuffer();
    const { errors } = await findingsAfter((root) => writeFileSync(path.join(root, folder, 'hero.jpg'), small));
    expect(errors).toEqual([
      expect.objectContaining({
        rule: 'image-size',
        field: 'hero.file',
        line: 10,
        value: 'hero.jpg',
        message: expect.stringContaining('1200 × 800 pixels: too small for print'),
      }),
    ]);
    const broken = await findingsAfter((root) => writeFileSync(path.join(root, folder, 'hero.jpg'), 'not a picture'));
    expect(broken.errors).toEqual([
      expect.objectContaining({
        rule: 'image-file',
        field: 'hero.file',
        message: expect.stringContaining('cannot be read as an image'),
      }),
    ]);
  });

  it('a picture whose file cannot carry its credit inside is an error naming why', async () => {
    const big = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#000' } })
      .jpeg()
      .toBuffer();
    // A Photoshop block (APP13) whose resource claims more bytes than the segment holds.
    const app13 = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), Buffer.from('8BIM\x04\x04\0\0\0\0\xff\xff', 'latin1')]);
    const segment = Buffer.concat([Buffer.from([0xff, 0xed, (app13.length + 2) >> 8, (app13.length + 2) & 0xff]), app13]);
    const damaged = Buffer.concat([big.subarray(0, 2), segment, big.subarray(2)]);
    const { errors } = await findingsAfter((root) => writeFileSync(path.join(root, folder, 'hero.jpg'), damaged));
    expect(errors).toEqual([
      expect.objectContaining({
        rule: 'image-file',
        field: 'hero.file',
        value: 'hero.jpg',
        message: expect.stringContaining('cannot carry its credit and terms inside the file'),
      }),
    ]);
  });

  it('an original heavier than 15 MB is a warning that says what to do', async () => {
    const { errors, warnings } = await findingsAfter((root) =>
      appendFileSync(path.join(root, folder, 'hero.jpg'), new Uint8Array(16 * 1024 * 1024)),
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({
        rule: 'image-weight',
        field: 'hero.file',
        message: expect.stringContaining('too heavy for the web'),
      }),
    ]);
    expect(warnings[0]?.message).toContain('Export it again as a JPEG');
  });

  it('a summary or description longer than search results show is a warning, not an error', async () => {
    const summary = await findingsAfter((root) =>
      edit(root, sampleRelease, 'A short summary of the sample release.', 'x'.repeat(161)),
    );
    expect(summary.errors).toEqual([]);
    expect(summary.warnings).toEqual([
      expect.objectContaining({
        rule: 'summary-length',
        field: 'summary',
        line: 3,
        message: expect.stringContaining('161 characters long: too long for search results'),
      }),
    ]);
    expect(
      (
        await findingsAfter((root) =>
          edit(root, sampleRelease, 'A short summary of the sample release.', 'x'.repeat(160)),
        )
      ).warnings,
    ).toEqual([]);
    const page = await findingsAfter((root) => edit(root, 'pages/about/en.md', 'About the brand.', 'y'.repeat(170)));
    expect(page.warnings).toEqual([
      expect.objectContaining({ rule: 'summary-length', file: 'content/pages/about/en.md', field: 'description' }),
    ]);
  });

  it('a correction without a date is an error in plain words', async () => {
    const { errors } = await findingsAfter((root) =>
      edit(
        root,
        sampleRelease,
        'contacts: [desk]',
        'contacts: [desk]\ncorrections:\n  - text: "The figure in the second paragraph was corrected."',
      ),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: releaseFile,
        field: 'corrections[0].date',
        line: 17,
        message: 'is required but missing',
      }),
    ]);
  });

  it('text marked TODO is a warning in a draft and an error once public', async () => {
    const published = await findingsAfter(withBody('TODO: write the body.'));
    expect(published.errors).toEqual([
      expect.objectContaining({ rule: 'placeholder', line: bodyLine, message: expect.stringContaining('not a draft') }),
    ]);
    const draft = await findingsAfter((root) => {
      withBody('TODO: write the body.')(root);
      edit(root, sampleRelease, 'contacts: [desk]', 'contacts: [desk]\ndraft: true');
    });
    expect(draft.errors).toEqual([]);
    expect(draft.warnings).toEqual([expect.objectContaining({ rule: 'placeholder', line: bodyLine + 1 })]);
  });

  it('missing translations are warnings naming the languages', async () => {
    const { errors, translations } = await findingsAfter((root) =>
      cpSync(path.join(root, sampleRelease), path.join(root, folder, 'index.de.md')),
    );
    expect(errors).toEqual([]);
    expect(translations).toEqual([
      expect.objectContaining({
        level: 'warning',
        file: `content/${folder}`,
        value: 'fr, es, zh, ar',
        message: expect.stringContaining('marked "In English"'),
      }),
      expect.objectContaining({ level: 'warning', file: 'content/pages/about', value: 'de, fr, es, zh, ar' }),
    ]);
  });
});
