import { formatMarkdown, formatYaml, parseMarkdown, parseYaml } from '@/lib/cms/format';
import { houseStyle } from '@/lib/cms/format-options';
import type { Finding } from './validate';

/**
 * A file not written in the house style (lib/cms/format.ts) is valid, but the web editor would rewrite its lines
 * the next time anyone saves it there, so that save would show changes nobody made. A warning names the first line
 * that differs and how the editor writes it.
 */
export function houseStyleFinding(file: string, source: string): Finding | undefined {
  // What editors leave behind without meaning to (spaces at line ends, a missing final newline) is accepted as the
  // file is read (lib/content/source-text.ts): not worth a warning.
  const text = withoutTrailingSpace(source);
  const expected = withoutTrailingSpace(file.endsWith('.md') ? formatMarkdown(parseMarkdown(text, houseStyle), houseStyle) : formatYaml(parseYaml(text), houseStyle));
  if (expected === text) return undefined;
  const lines = text.split('\n');
  const wanted = expected.split('\n');
  const index = lines.findIndex((line, i) => line !== wanted[i]);
  const line = index === -1 ? lines.length : index + 1;
  const written = wanted[line - 1];
  return {
    level: 'warning',
    file,
    line,
    message:
      `is not in the house style the web editor writes, which would change this line on its next save` +
      (written === undefined ? ': the file ends before it' : written === '' ? ': it leaves a blank line here' : `: it writes ${JSON.stringify(written)}`) +
      '. Strings in double quotes, lists of ids on one line ([a, b]), one blank line after the frontmatter.',
  };
}

const withoutTrailingSpace = (text: string) => `${text.replace(/[ \t]+$/gm, '').replace(/\n*$/, '')}\n`;
