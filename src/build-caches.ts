import { createHash } from 'node:crypto';
import type { Shard } from './sharding/partition.ts';

/*
 * Folders the build caches in, relative to the project root: named here because the
 * build writes them and the tests and benchmarks that build other content remove them.
 */

/** Preview cards, keyed by their layout and design version; kept between deploys (`.github/workflows/deploy.yml`). */
export const CARD_CACHE_DIR = 'node_modules/.cache/error-kb-cards';

/**
 * Astro's cache for a content folder other than `content/`, or for one shard: each gets its own,
 * so their entries never mix and shards of one folder can build side by side.
 */
export const astroCacheDir = (contentDir: string, shard?: Shard): string =>
  `node_modules/.astro-${createHash('sha1')
    .update(shard ? `${contentDir}#${shard.index}/${shard.count}` : contentDir)
    .digest('hex')
    .slice(0, 8)}`;
