import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { loadContent } from '@/lib/content/load';
import { createQueries } from '@/lib/content/queries';
import { locales } from '@/lib/i18n/locales';
import { searchIndexStamp, searchRecords } from '@/lib/search/records';

/**
 * `npm run build` (after `next build`): the site search index, built from the content facade's queries (never
 * from rendered HTML) and written to public/pagefind/. Pagefind splits it per language and into fragments, so
 * the browser loads only what a query needs. The queries here use the same public gate as every page: a draft
 * or an embargoed release is not in the index. No preview mode here, whatever the environment says. The gate is
 * evaluated at one instant, written beside the index: the search page searches releases lifted after it itself.
 */
const outputPath = path.join(process.cwd(), 'public', 'pagefind');

function fail(what: string, errors: readonly string[]): never {
  throw new Error(`search index: ${what} failed:\n${errors.join('\n')}`);
}

async function main() {
  const started = performance.now();
  const data = loadContent();
  const indexedAt = new Date();
  const queries = createQueries(
    () => data,
    () => indexedAt,
  );
  const { index, errors } = await createIndex({});
  if (!index) fail('createIndex', errors);

  const counts: string[] = [];
  for (const locale of locales) {
    const records = searchRecords(queries, locale);
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) fail(`adding ${record.url}`, added.errors);
    }
    counts.push(`${locale} ${records.length}`);
  }

  // A stale bundle could still hold a release that has since become a draft again: start from nothing.
  rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) fail('writeFiles', written.errors);
  writeFileSync(path.join(outputPath, searchIndexStamp), `${JSON.stringify({ indexedAt: indexedAt.toISOString() })}\n`);
  await close();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `search index: ${counts.join(', ')} records → ${path.relative(process.cwd(), outputPath)} (${seconds} s)`,
  );
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await close();
  process.exit(1);
});
