import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMarkdownSource } from '@/lib/content/frontmatter';
import { releaseFrontmatter } from '@/lib/content/schema';
import { utcOffset } from '@/lib/content/zoned-time';
import { slugify } from '@/scripts/scaffold';
import { checkFolder } from '@/tests/support/content-check';
import { edit, fixtureRoot, sampleRelease } from '@/tests/support/content-fixture';

/** The commands as an editor runs them (tsx, a child process), on a temporary copy of the fixture content. */
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
let root = '';
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [tsx, `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: root },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const releaseDirs = () => readdirSync(path.join(root, 'releases'));
const errorsIn = async () => (await checkFolder(root)).filter((f) => f.level === 'error');

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'newsroom-scaffold-'));
  cpSync(fixtureRoot, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new:release', () => {
  it('creates a draft that passes the check, due at the next full hour in the given zone, ready to translate', async () => {
    const before = Date.now();
    const { status, output } = run('new-release', 'Größte Neuheit: smart #5 & Élan', '--zone', 'Asia/Kolkata');
    expect(status).toBe(0);
    const folder = releaseDirs().find((d) => d.endsWith('-grosste-neuheit-smart-5-and-elan'));
    expect(folder).toBeDefined();
    const dir = path.join(root, 'releases', folder ?? '');
    expect(readdirSync(dir).sort()).toEqual(['gallery-1.jpg', 'hero.jpg', 'index.en.md']);
    const text = readFileSync(path.join(dir, 'index.en.md'), 'utf8');
    const release = releaseFrontmatter.parse(parseMarkdownSource(text).data);
    expect(release).toEqual(
      expect.objectContaining({ title: 'Größte Neuheit: smart #5 & Élan', timeZone: 'Asia/Kolkata', draft: true }),
    );
    // India is at +05:30: the next full hour there is at :30 in UTC.
    expect(release.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\+05:30$/);
    const due = Date.parse(release.publishedAt);
    expect(due).toBeGreaterThan(before);
    expect(due - before).toBeLessThanOrEqual(3_600_000 + 120_000); // the command may start just after the hour turns
    expect(folder?.slice(0, 10)).toBe(release.publishedAt.slice(0, 10));
    expect(text).toContain('> "TODO: the quote, in quotation marks."\n>\n> — TODO Full Name, Job title');
    expect((await sharp(path.join(dir, 'hero.jpg')).metadata()).width).toBe(3000);
    expect(existsSync(path.join(dir, 'gallery-1.jpg'))).toBe(true);
    expect(output).toContain(`Write the release in ${path.relative(process.cwd(), dir)}/index.en.md`);
    expect(output).toContain('npm run content:check');
    expect(output).toContain('npm run preview');
    expect(output).toContain('set draft: false');
    expect(await errorsIn()).toEqual([]);
    // Its translation passes too.
    expect(run('new-translation', 'grosste-neuheit-smart-5-and-elan', 'ar').status).toBe(0);
    expect(readFileSync(path.join(dir, 'index.ar.md'), 'utf8')).toContain('publishedAt: "' + release.publishedAt + '"');
    expect(await errorsIn()).toEqual([]);
  }, 60_000);

  it('takes a date and uses the offset valid on that day', () => {
    expect(run('new-release', 'Summer time', '--date', '2026-03-29', '--zone', 'Europe/Berlin').status).toBe(0);
    const text = readFileSync(path.join(root, 'releases/2026-03-29-summer-time/index.en.md'), 'utf8');
    expect(text).toContain('publishedAt: "2026-03-29T10:00:00+02:00"');
    expect(utcOffset('Europe/Berlin', new Date('2026-03-28T10:00:00Z'))).toBe('+01:00');
  }, 60_000);

  it('refuses a slug in use, a bad zone and a missing title', () => {
    const taken = run('new-release', 'Sample', '--date', '2025-07-15');
    expect(taken.status).toBe(1);
    expect(taken.output).toContain('already used by content/releases/2025-07-15-sample');
    expect(run('new-release', 'smart Weekly', '--zone', 'Mars/Olympus').output).toContain('is not a time zone');
    expect(run('new-release').output).toContain('Give the release a title');
    expect(releaseDirs()).toEqual(['2025-07-15-sample']);
  }, 60_000);

  it('makes slugs of lowercase ASCII words', () => {
    expect(slugify('smart #5 BRABUS: Élan in Milano')).toBe('smart-5-brabus-elan-in-milano');
    expect(slugify("Peet's Coffee × smart — Straße")).toBe('peets-coffee-smart-strasse');
    expect(slugify('x '.repeat(50)).length).toBeLessThanOrEqual(60);
  });
});

describe('npm run new:translation', () => {
  it('copies the English frontmatter with every field to translate marked, as a draft that passes the check', async () => {
    const { status, output } = run('new-translation', 'sample', 'de');
    expect(status).toBe(0);
    const text = readFileSync(path.join(root, 'releases/2025-07-15-sample/index.de.md'), 'utf8');
    expect(text).toContain('# TODO: translate into Deutsch\ntitle: "smart sample release"');
    expect(text).toContain('  # TODO: translate into Deutsch\n  alt: "A teal rectangle"');
    expect(text).toContain('publishedAt: "2025-07-15T10:00:00+08:00"');
    expect(text).toContain('TODO: translate the English text of index.en.md into Deutsch');
    expect(output).toContain('Created content/releases/2025-07-15-sample/index.de.md');
    expect(releaseFrontmatter.parse(parseMarkdownSource(text).data).draft).toBe(true);
    expect(output).toContain('set draft: false');
    expect(await errorsIn()).toEqual([]);
  }, 60_000);

  it('points each video at captions in the new language, for the translator to write', () => {
    edit(
      root,
      sampleRelease,
      'contacts: [desk]',
      'videos:\n  - file: "b-roll.mp4"\n    small: "b-roll-720p.mp4"\n    poster: "b-roll.jpg"\n    captions: "b-roll.en.vtt"\n    title: "B-roll"\n    description: "Sample."\n    credit: "smart"\n    usage: "editorial"\ncontacts: [desk]',
    );
    expect(run('new-translation', 'sample', 'ar').status).toBe(0);
    const text = readFileSync(path.join(root, 'releases/2025-07-15-sample/index.ar.md'), 'utf8');
    expect(text).toContain(
      '# TODO: translate each title and description, and write the captions file named here, in العربية\nvideos:\n',
    );
    expect(text).toContain('    captions: "b-roll.ar.vtt"\n    title: "B-roll"\n');
  }, 60_000);

  it('refuses an unknown slug or language and an existing file', () => {
    expect(run('new-translation', 'sampel', 'de').output).toContain('no release with the slug "sampel"');
    expect(run('new-translation', 'sample', 'xx').output).toContain('Use one of: de, fr, es, zh, ar');
    expect(run('new-translation', 'sample', 'fr').status).toBe(0);
    const again = run('new-translation', 'sample', 'fr');
    expect(again.status).toBe(1);
    expect(again.output).toContain('content/releases/2025-07-15-sample/index.fr.md already exists');
  }, 60_000);
});

describe('npm run make:artwork', () => {
  it('draws the pictures and fact sheets that a release names in index.en.md but does not have', () => {
    rmSync(path.join(root, 'releases/2025-07-15-sample/hero.jpg'));
    edit(
      root,
      sampleRelease,
      'contacts: [desk]',
      'contacts: [desk]\nattachments:\n  - file: "fact-sheet.pdf"\n    title: "Fact sheet"\n    language: "en"',
    );
    const { status, output } = run('make-artwork', root);
    expect(status).toBe(0);
    expect(output).toContain('1 image(s) drawn');
    expect(output).toContain('1 fact sheet(s) drawn');
    expect(readdirSync(path.join(root, 'releases/2025-07-15-sample')).sort()).toEqual([
      'fact-sheet.pdf',
      'hero.jpg',
      'index.en.md',
    ]);
  }, 60_000);
});

describe('npm run content:check', () => {
  it('exits 1 on an error, with file and line, and 0 when there are only warnings', () => {
    edit(root, sampleRelease, 'The sample body.', 'Smart news.');
    const failed = run('content-check');
    expect(failed.status).toBe(1);
    expect(failed.output).toContain('content/releases/2025-07-15-sample/index.en.md:18  [brand style]');
    edit(root, sampleRelease, 'Smart news.', 'smart news.');
    const passed = run('content-check');
    expect(passed.status).toBe(0);
    expect(passed.output).toMatch(/2025-07-15-sample\s+✓\s+–\s+–/);
  }, 60_000);
});
