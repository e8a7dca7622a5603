import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Driving the web editor (/admin, Sveltia CMS) the way `npm run edit` does, in headless Chromium. Its local mode
 * reads and writes a folder the person picks with the File System Access API, whose picker a test cannot answer
 * (microsoft/playwright#8850). So the picker is the only thing replaced: it returns a folder of the browser's
 * origin-private file system, a real FileSystemDirectoryHandle, into which the test first copies the repository's
 * content/ (and an empty .git/, which the editor requires). Every read and write the editor makes is then the
 * browser's own, and the test reads the folder back to check what was written.
 */
export type RepoFiles = Map<string, Buffer>;

/** The project's content/ folder, as `content/...` paths. */
export function contentFiles(root = 'content'): RepoFiles {
  const files: RepoFiles = new Map();
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    const file = path.join(root, name);
    try {
      files.set(path.join('content', name), readFileSync(file));
    } catch {
      // a folder
    }
  }
  return files;
}

export async function openEditor(page: Page, files: RepoFiles) {
  await page.addInitScript(() => {
    Object.assign(window, {
      showDirectoryPicker: async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true }),
    });
  });
  await page.goto('/admin');
  const entries = [...files].map(([file, bytes]) => [file, bytes.toString('base64')] as const);
  await page.evaluate(async (list) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const [file, base64] of list) {
      const parts = file.split('/');
      let folder = root;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
      await writable.close();
    }
  }, entries);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(page.getByRole('button', { name: 'Show Account Menu' })).toHaveText(/Local/);
}

/** Every file in the picked folder after the editor's saves (without .git). */
export async function readRepo(page: Page): Promise<RepoFiles> {
  const entries = await page.evaluate(async () => {
    const found: [string, string][] = [];
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of folder as unknown as AsyncIterable<[string, FileSystemHandle]>) {
        if (handle instanceof FileSystemDirectoryHandle) {
          if (name !== '.git') await walk(handle, `${prefix}${name}/`);
        } else if (handle instanceof FileSystemFileHandle) {
          const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000)
            binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          found.push([`${prefix}${name}`, btoa(binary)]);
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
    return found;
  });
  return new Map(entries.map(([file, base64]) => [file, Buffer.from(base64, 'base64')]));
}

/** The files that differ between two states of the folder: added, changed or removed. */
export function changedFiles(before: RepoFiles, after: RepoFiles): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .filter((file) => !before.get(file)?.equals(after.get(file) ?? Buffer.alloc(0)) || !after.has(file))
    .sort();
}

/** A field of the form by its label; `within` is a language's pane. */
export const field = (within: Page | Locator, label: string) =>
  within.getByRole('group', { name: `“⁨${label}⁩” Field`, exact: true });

/**
 * The editor renders fields as they scroll into view: scroll the pane of `near` with the mouse wheel until the
 * field exists, then bring it into view.
 */
export async function reveal(page: Page, near: Locator, target: Locator) {
  // The wheel scrolls what is under the pointer: a point of `near` that is on screen (a tall group's top may not be).
  await near.scrollIntoViewIfNeeded();
  const box = await near.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  if (box) {
    const top = Math.max(box.y, 0);
    const bottom = Math.min(box.y + box.height, height || box.y + box.height);
    await page.mouse.move(box.x + 10, top + Math.max(0, bottom - top) / 2);
  }
  for (let i = 0; i < 30 && (await target.count()) === 0; i++) await page.mouse.wheel(0, 500);
  await target.scrollIntoViewIfNeeded();
  return target;
}

/** Picks one option of a select with a search box (time zones). */
export async function choose(page: Page, select: Locator, option: string) {
  await select.getByRole('combobox').click();
  await page.getByRole('searchbox', { name: 'Filter Options' }).fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(select.getByRole('combobox')).toHaveText(option);
}
