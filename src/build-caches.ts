import { createHash } from 'node:crypto';

/*
 * Folders the build caches in, relative to the project root: named here because the
 * build writes them and the tests and benchmarks that build other content remove them.
 */

/** Preview cards, keyed by their SVG; kept between deploys (`.github/workflows/deploy.yml`). */
export const CARD_CACHE_DIR = 'node_modules/.cache/error-kb-cards';

/** Astro's cache for a content folder other than `content/`: each gets its own, so their entries never mix. */
export const astroCacheDir = (contentDir: string): string =>
  `node_modules/.astro-${createHash('sha1').update(contentDir).digest('hex').slice(0, 8)}`;
