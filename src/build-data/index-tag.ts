import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PagePart } from '../page-files/page-files.ts';
import type { Categories } from '../schema/category.ts';

/**
 * The sources that decide what Pagefind indexes and how it weighs it (the terms of each wording
 * and their weights ride with the index records), and Pagefind's version. Read from disk, relative to
 * this module: a build computes the tag in its worker thread, where no Vite inlines them.
 */
const SOURCES = [
  '../../node_modules/pagefind/package.json',
  '../lib/search/index-contract.ts',
  '../lib/search/index-records.ts',
  '../lib/normalize-error-text.ts',
  '../lib/stem.ts',
  '../lib/wording-terms.ts',
].map((path) => new URL(path, import.meta.url));

/**
 * A tag that changes whenever the Pagefind index may: a hash of every page's content, the
 * categories, the modules that decide what is indexed and how it weighs, and Pagefind's version.
 * The browser hands it to Pagefind as `metaCacheTag` (https://pagefind.app/docs/search-config/#cache-tag):
 * without one, Pagefind fetches its entry file with a new `?ts=` on every visit, so not even a
 * returning visitor's browser could reuse it. Derived from content, not the clock, so two builds
 * of the same site (or a whole build and its merged shards) write the same tag.
 */
export function indexTag(pages: readonly PagePart[], categories: Categories): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) hash.update(readFileSync(source, 'utf8'));
  hash.update(JSON.stringify(Object.entries(categories)));
  for (const p of pages) hash.update(JSON.stringify([p.slug, p.data, p.body]));
  return hash.digest('hex').slice(0, 16);
}
