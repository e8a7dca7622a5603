/**
 * `npm run content:build`: contentlayer2's build, in shards.
 *
 * contentlayer2 keeps every document in memory and writes every output file at once; its heap grows faster than the
 * number of documents (12,113 documents: 1.96 GB; 30,113: out of memory even with a 5.6 GB heap; bench/README.md).
 * So the content is compiled in shards, each in a child process of its own, one after the other: the site's pages,
 * snippets, contacts and figures, then one shard per year of releases (content/releases/YYYY-*). Each shard keeps its
 * output and cache in .contentlayer/shards/<name> (a past year's shard stays warm), and their indexes are joined
 * into .contentlayer/generated/<Type>/_index.json, the one file lib/content reads.
 *
 * Each shard runs the steps of `contentlayer2 build` through its API rather than its CLI, which switches on Effect-TS
 * execution tracing for every run (~40 % of a cold build).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const shardsDir = path.join(root, '.contentlayer', 'shards');
const generatedDir = path.join(root, '.contentlayer', 'generated');

/**
 * contentlayer reads each content file with fs.promises.readFile; in a shard's process, text read from the content
 * folder comes back in the one spelling lib/content/source-text gives the check (no byte order mark, LF line ends),
 * so a file saved by Notepad or with CRLF compiles exactly as `content:check` read it. (tsx loads that one .ts
 * module, scoped to this import: a process-wide TypeScript loader would slow contentlayer's own imports fourfold.)
 */
async function readContentAsEditorsSaveIt() {
  const { tsImport } = await import('tsx/esm/api');
  const { normalizeSourceText } = await tsImport('../lib/content/source-text.ts', import.meta.url);
  const { promises } = await import('node:fs');
  const readFile = promises.readFile;
  const inContent = (file) => typeof file === 'string' && !path.relative(contentDir, file).startsWith('..');
  promises.readFile = async (file, options) => {
    const data = await readFile(file, options);
    return typeof data === 'string' && inContent(file) ? normalizeSourceText(data) : data;
  };
}

/** One shard: compile the folders `include` (globs relative to the content folder) into `cwd`. */
async function compileShard(cwd, include) {
  await readContentAsEditorsSaveIt();
  const { generateDotpkg, getConfig, logGenerateInfo, runMain } = await import('contentlayer2/core');
  const { pipe, T } = await import('@contentlayer2/utils/effect');
  process.env.CONTENT_INCLUDE = JSON.stringify(include);
  await pipe(
    getConfig({ configPath: path.join(root, 'contentlayer.config.ts') }),
    T.chain((config) => generateDotpkg({ config, verbose: false })),
    T.tap(logGenerateInfo),
    runMain({
      tracingServiceName: 'newsroom-content-build',
      verbose: process.env.CL_DEBUG !== undefined,
      customCwd: cwd,
    }),
  );
}

/** The shards: the site's own documents, then the releases of each year. */
function shards() {
  const site = { name: 'site', include: ['pages', 'snippets', 'contacts', 'figures'] };
  const releases = path.join(contentDir, 'releases');
  const years = existsSync(releases)
    ? [
        ...new Set(
          readdirSync(releases)
            .map((folder) => folder.slice(0, 4))
            .filter((y) => /^\d{4}$/.test(y)),
        ),
      ].sort()
    : [];
  return [site, ...years.map((year) => ({ name: `releases-${year}`, include: [`releases/${year}-*`] }))];
}

/** Joins the shards' `_index.json` arrays of one type into one file, as text (no shard is parsed into memory). */
function join(type, names) {
  const out = path.join(generatedDir, type, '_index.json');
  mkdirSync(path.dirname(out), { recursive: true });
  const fd = openSync(out, 'w');
  let first = true;
  writeSync(fd, '[');
  for (const name of names) {
    const file = path.join(shardsDir, name, '.contentlayer', 'generated', type, '_index.json');
    if (!existsSync(file)) continue;
    const body = readFileSync(file, 'utf8').trim().replace(/^\[/, '').replace(/\]$/, '').trim();
    if (!body) continue;
    writeSync(fd, `${first ? '' : ','}\n${body}`);
    first = false;
  }
  writeSync(fd, '\n]\n');
  closeSync(fd);
}

const shardFlag = process.argv.indexOf('--shard');
if (shardFlag !== -1) {
  const [name, include] = [process.argv[shardFlag + 1], JSON.parse(process.argv[shardFlag + 2] ?? '[]')];
  await compileShard(path.join(shardsDir, name), include);
} else {
  const list = shards();
  const started = performance.now();
  let documents = 0;
  // Shards of years that no longer have releases would add stale documents: keep only the current ones.
  if (existsSync(shardsDir))
    for (const old of readdirSync(shardsDir))
      if (!list.some((s) => s.name === old)) rmSync(path.join(shardsDir, old), { recursive: true, force: true });
  for (const { name, include } of list) {
    mkdirSync(path.join(shardsDir, name), { recursive: true });
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--shard', name, JSON.stringify(include)],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
    );
    if (run.status !== 0) {
      process.stdout.write(run.stdout ?? '');
      console.error(`content build: shard ${name} failed`);
      process.exit(run.status ?? 1);
    }
    const count = Number(run.stdout.match(/Generated (\d+) documents/)?.[1] ?? 0);
    documents += count;
    if (process.env.CL_DEBUG !== undefined) process.stdout.write(run.stdout);
    console.log(`content build: ${name}: ${count} documents`);
  }
  rmSync(generatedDir, { recursive: true, force: true });
  // Every document type a shard generated (a folder per type, as contentlayer.config.ts names them).
  const shardOutput = (name) => path.join(shardsDir, name, '.contentlayer', 'generated');
  const types = new Set(
    list.flatMap(({ name }) =>
      (existsSync(shardOutput(name)) ? readdirSync(shardOutput(name), { withFileTypes: true }) : [])
        .filter((e) => e.isDirectory())
        .map((e) => e.name),
    ),
  );
  for (const type of types)
    join(
      type,
      list.map((s) => s.name),
    );
  console.log(
    `content build: ${list.length} shard(s) joined into .contentlayer/generated (${documents} documents, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
