import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { buildSettings } from '../site-config.ts';
import { writeShardMarker } from '../sharding/merge-shards.ts';

/**
 * Builds the Pagefind index of the site in `dir` into `dir/pagefind/`
 * (https://pagefind.app/docs/node-api/). Only error pages carry `data-pagefind-body`,
 * so only they are indexed; `data-pagefind-weight` on the signature makes it count most.
 * Returns the number of pages indexed.
 */
export async function writePagefindIndex(dir: string): Promise<number> {
  const { pagefindMaxFragments: maxFragments } = buildSettings;
  const { index, errors } = await createIndex({ forceLanguage: 'en', ...(maxFragments && { maxFragments }) });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dir.replace(/\/$/, '')}/pagefind/` });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await close();
  return added.page_count;
}

/**
 * The index, in the same `astro build`. A shard (`KB_SHARD`) has only some of the pages:
 * it writes a marker naming the shard instead, and `npm run merge` indexes the joined site once.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'error-kb:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (buildSettings.shard) return writeShardMarker(fileURLToPath(dir), buildSettings.shard);
        const started = performance.now();
        const pages = await writePagefindIndex(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
