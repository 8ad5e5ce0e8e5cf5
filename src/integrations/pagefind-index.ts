import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import type { ContentCheck } from '../content/check-content.ts';
import { isPublished } from '../content/published.ts';
import { toolTable } from '../data/tools.ts';
import { searchRecords, type SearchRecord } from '../lib/search/index-records.ts';
import { buildSettings } from '../site-config.ts';
import { writeShardMarker } from '../sharding/merge-shards.ts';

/** The search index's input for every published page of the checked content (`src/lib/search/index-records.ts`). */
export function contentSearchRecords({ categories, pages }: ContentCheck): SearchRecord[] {
  return searchRecords(
    pages.filter(isPublished),
    Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, c.title])),
    toolTable(),
  );
}

/**
 * Builds the Pagefind index of `records` into `dir/pagefind/` (https://pagefind.app/docs/node-api/),
 * one HTML document per error page built from its fields, not from the rendered pages.
 * Returns the number of pages indexed.
 */
export async function writePagefindIndex(dir: string, records: readonly SearchRecord[]): Promise<number> {
  const { pagefindMaxFragments: maxFragments } = buildSettings;
  const { index, errors } = await createIndex({ forceLanguage: 'en', ...(maxFragments && { maxFragments }) });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addHTMLFile(record);
    if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: `${dir.replace(/\/$/, '')}/pagefind/` });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await close();
  return records.length;
}

/**
 * The index, in the same `astro build`, from the content check's result. A shard (`KB_SHARD`)
 * writes a marker naming the shard instead, and `npm run merge` indexes the joined site once.
 */
export function pagefindIndex(checked: () => ContentCheck): AstroIntegration {
  return {
    name: 'error-kb:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (buildSettings.shard) return writeShardMarker(fileURLToPath(dir), buildSettings.shard);
        const started = performance.now();
        const pages = await writePagefindIndex(fileURLToPath(dir), contentSearchRecords(checked()));
        logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
