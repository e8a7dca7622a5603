import { readFileSync } from 'node:fs';

/**
 * The text of a content file as editors save it. Windows Notepad and some Word exports start UTF-8 with a byte order
 * mark; Windows editors and uploads through GitHub's web interface keep CRLF line ends; some editors leave no final
 * newline or spaces after a `---` fence. All of that is the same file to a reader, so every reader of content files
 * (the check, contentlayer's build in scripts/content-build.mjs, the authoring scripts) reads it through here and sees
 * one spelling: no BOM, LF line ends, bare fences.
 *
 * (contentlayer's frontmatter parser, gray-matter 4, cuts a CRLF file at "\n---" and so leaves a "\r" on the last
 * frontmatter line: a quoted value there no longer parses, and a date or topic gets a stray character.)
 */
export function normalizeSourceText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^---[ \t]+$/gm, '---');
}

export type SourceText = { text: string } | { problem: string };

/**
 * Decodes a file's bytes as UTF-8, or says in plain words why they are not UTF-8 text and where the first wrong
 * byte is, so that the editor knows what to change ("Save as… › Encoding: UTF-8").
 */
export function decodeSourceText(bytes: Uint8Array): SourceText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'is saved as UTF-16 (in Notepad: "Unicode"): save it again with the encoding UTF-8' };
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  // Undecodable bytes became U+FFFD, which encodes differently: the first difference is the first wrong byte.
  const again = new TextEncoder().encode(text);
  let at = 0;
  while (at < bytes.length && bytes[at] === again[at]) at++;
  if (at === bytes.length && again.length === bytes.length) return { text: normalizeSourceText(text) };
  const line = bytes.subarray(0, at).filter((byte) => byte === 0x0a).length + 1;
  return {
    problem: `is not UTF-8 text (line ${line} has a byte, 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}, that UTF-8 does not allow; the file was probably saved as Windows-1252 or Latin-1): save it again with the encoding UTF-8`,
  };
}

export const readSourceText = (file: string): SourceText => decodeSourceText(readFileSync(file));
