import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import subsetFont from 'subset-font';
import { pageFileLocale, releaseFileLocale } from '@/lib/content/file-names';

/**
 * `npm run make:og-fonts`: the font files that Open Graph images are drawn with (next/og's own font is Latin only),
 * written to app/fonts/og/ and committed, so that neither a build nor a request ever downloads a font.
 *
 * - Latin: Inter (the site's font), regular and bold, Latin and Latin Extended.
 * - Arabic: IBM Plex Sans Arabic. The site's Noto Sans Arabic cannot be used here: next/og's shaper (opentype.js in
 *   satori) throws on its contextual ligature lookups ("lookupType: 5 - substFormat: 3 is not yet supported").
 * - Chinese: Noto Sans SC bold, subset to GB 2312 level 1 (the 3,755 most common hanzi) and its punctuation, plus
 *   every character of the Chinese content and messages. Run this again when a title uses a rarer character:
 *   tests/unit/og/fonts.test.ts names the character and the file.
 *
 * The source packages are fetched with `npm pack` from the npm registry (a developer's step, never a build step).
 */
const out = path.resolve('app', 'fonts', 'og');
const sources = {
  inter: '@fontsource/inter@5.3.0',
  arabic: '@fontsource/ibm-plex-sans-arabic@5.3.0',
  chinese: '@expo-google-fonts/noto-sans-sc@0.4.3',
} as const;

function unpack(spec: string, into: string): string {
  const file = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', into], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  if (!file) throw new Error(`npm pack ${spec} printed no file name`);
  const dir = path.join(into, file.replace(/\.tgz$/, ''));
  mkdirSync(dir);
  execFileSync('tar', ['-xzf', path.join(into, file), '-C', dir]);
  return path.join(dir, 'package');
}

/** The characters of one GB 2312 row range, decoded with the platform's GBK decoder (a superset of GB 2312). */
function gb2312Rows(first: number, last: number): string {
  const decoder = new TextDecoder('gbk');
  let text = '';
  for (let row = first; row <= last; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const char = decoder.decode(new Uint8Array([row, cell]));
      if (char.length === 1 && char !== '\ufffd') text += char;
    }
  }
  return text;
}

/** Every Markdown file under `dir` written in `locale` (a release's index.zh.md, a page's or snippet's zh.md). */
function filesIn(dir: string, locale: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return filesIn(full, locale);
    return (releaseFileLocale(entry) ?? pageFileLocale(entry)) === locale ? [full] : [];
  });
}

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), 'og-fonts-'));
  try {
    mkdirSync(out, { recursive: true });
    const inter = unpack(sources.inter, work);
    for (const subset of ['latin', 'latin-ext']) {
      for (const weight of [400, 700])
        copyFileSync(
          path.join(inter, 'files', `inter-${subset}-${weight}-normal.woff`),
          path.join(out, `inter-${subset}-${weight}.woff`),
        );
    }
    copyFileSync(path.join(inter, 'LICENSE'), path.join(out, 'LICENSE-inter.txt'));

    const arabic = unpack(sources.arabic, work);
    for (const weight of [400, 700])
      copyFileSync(
        path.join(arabic, 'files', `ibm-plex-sans-arabic-arabic-${weight}-normal.woff`),
        path.join(out, `ibm-plex-sans-arabic-${weight}.woff`),
      );
    copyFileSync(path.join(arabic, 'LICENSE'), path.join(out, 'LICENSE-ibm-plex-sans-arabic.txt'));

    const chinese = unpack(sources.chinese, work);
    const contentText = [...filesIn(path.resolve('content'), 'zh'), path.resolve('messages', 'zh.json')]
      .map((file) => readFileSync(file, 'utf8'))
      .join('');
    const text = gb2312Rows(0xa1, 0xa9) + gb2312Rows(0xb0, 0xd7) + contentText;
    const bold = readFileSync(path.join(chinese, '700Bold', 'NotoSansSC_700Bold.ttf'));
    writeFileSync(
      path.join(out, 'noto-sans-sc-700-subset.woff'),
      await subsetFont(bold, text, { targetFormat: 'woff' }),
    );
    copyFileSync(path.join(chinese, 'LICENSE_FONT'), path.join(out, 'LICENSE-noto-sans-sc.txt'));

    for (const file of readdirSync(out).sort())
      console.log(
        `${path.relative(process.cwd(), path.join(out, file))}  ${statSync(path.join(out, file)).size} bytes`,
      );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
