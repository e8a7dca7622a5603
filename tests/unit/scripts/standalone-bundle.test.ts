import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { z } from 'zod';

/**
 * The downloadable preview of a pull request (scripts/standalone-bundle.sh --preview) is built on Linux and run on
 * macOS and Windows too, where sharp's Linux binary cannot load and sharp falls back to its WebAssembly build,
 * @img/sharp-wasm32. That package must be the version of sharp itself, or every page with a picture fails there.
 */
const project = path.resolve(import.meta.dirname, '../../..');
const manifest = z.object({
  version: z.string(),
  dependencies: z.record(z.string(), z.string()).optional(),
  devDependencies: z.record(z.string(), z.string()).optional(),
});
const read = (file: string) => manifest.parse(JSON.parse(readFileSync(path.join(project, file), 'utf8')));

test('the WebAssembly sharp is pinned to the version of sharp', () => {
  const own = read('package.json');
  expect(own.devDependencies?.['@img/sharp-wasm32']).toBe(own.dependencies?.sharp);
});

test('the installed WebAssembly sharp is the installed sharp’s version', () => {
  expect(read('node_modules/@img/sharp-wasm32/package.json').version).toBe(
    read('node_modules/sharp/package.json').version,
  );
});
