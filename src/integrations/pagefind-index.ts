import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { sharedSiteData } from '../build-data/shared-site-data.ts';
import type { ContentCheck } from '../content/check-content.ts';
import type { SiteTermStats } from '../lib/common-terms.ts';
import { isPublished } from '../content/published.ts';
import { toolTable } from '../data/tools.ts';
import { searchRecords, type SearchRecord } from '../lib/search/index-records.ts';
import { buildSettings } from '../site-config.ts';
import { writeShardMarker } from '../sharding/merge-shards.ts';
import { inShard, type Shard } from '../sharding/partition.ts';

/**
 * The search index's input for the published pages of the checked content that this build writes (a shard's
 * own, `inShard`), weighed against all (`src/lib/search/index-records.ts`), with the site's term statistics
 * when the build's worker has computed them (`src/build-data/site-data.ts`).
 */
export function contentSearchRecords({ categories, pages }: ContentCheck, termStats?: SiteTermStats, shard?: Shard): SearchRecord[] {
  return searchRecords(
    pages.filter(isPublished),
    Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, c.title])),
    toolTable(),
    termStats,
    (slug) => inShard(slug, shard),
  );
}

/**
 * Builds the Pagefind index of `records` (https://pagefind.app/docs/node-api/), one HTML document per
 * error page built from its fields, not from the rendered pages; `writeTo(dir)` writes it into
 * `dir/pagefind/` and returns the number of pages indexed. Split in two so the merge can link
 * the shards' files while Pagefind reads the records.
 */
export async function pagefindIndexOf(records: readonly SearchRecord[]): Promise<{ writeTo: (dir: string) => Promise<number> }> {
  const { pagefindMaxFragments: maxFragments } = buildSettings;
  const { index, errors } = await createIndex({ forceLanguage: 'en', ...(maxFragments && { maxFragments }) });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Sent all at once: Pagefind's service reads its messages in order and indexes one at a time, so the
  // index is the same, but it no longer waits for each answer to reach us before reading the next.
  const added = await Promise.all(records.map((record) => index.addHTMLFile(record)));
  added.forEach(({ errors }, i) => {
    if (errors.length) throw new Error(`Pagefind could not index ${records[i]!.url}: ${errors.join('; ')}`);
  });
  return {
    writeTo: async (dir) => {
      const written = await index.writeFiles({ outputPath: `${dir.replace(/\/$/, '')}/pagefind/` });
      if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
      await close();
      return records.length;
    },
  };
}

/**
 * The index, in the same `astro build`, from the content check's result. A shard (`KB_SHARD`)
 * writes a marker naming the shard, with the records of its pages, instead, and `npm run merge`
 * indexes the joined site once from the shards' records.
 */
export function pagefindIndex(checked: () => ContentCheck): AstroIntegration {
  return {
    name: 'error-kb:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const termStats = (await sharedSiteData())?.termStats;
        const { shard } = buildSettings;
        if (shard) return writeShardMarker(fileURLToPath(dir), shard, contentSearchRecords(checked(), termStats, shard));
        const started = performance.now();
        const pages = await (await pagefindIndexOf(contentSearchRecords(checked(), termStats))).writeTo(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
