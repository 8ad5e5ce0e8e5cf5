import { createHash } from 'node:crypto';
// The sources that decide what Pagefind indexes and how it weighs it, and Pagefind's version,
// inlined by Vite at build time (builds of other content run from other folders).
import indexContract from '../lib/search/index-contract.ts?raw';
import indexRecords from '../lib/search/index-records.ts?raw';
// The terms of each wording and their weights, which the index records carry for the ranking.
import errorText from '../lib/normalize-error-text.ts?raw';
import stemmer from '../lib/stem.ts?raw';
import wordingWeights from '../lib/wording-terms.ts?raw';
import pagefindPackage from '../../node_modules/pagefind/package.json?raw';
import { categoryEntries, errorEntries } from './errors';

let tag: Promise<string> | undefined;

/**
 * A tag that changes whenever the Pagefind index may: a hash of every page's content, the
 * categories, the modules that decide what is indexed and how it weighs, and Pagefind's
 * version. The browser hands it to Pagefind as `metaCacheTag`
 * (https://pagefind.app/docs/search-config/#cache-tag): without one, Pagefind fetches its
 * entry file with a new `?ts=` on every visit, so not even a returning visitor's browser could
 * reuse it. Derived from content, not the clock, so two builds of the same site stay identical.
 */
export function pagefindIndexTag(): Promise<string> {
  tag ??= Promise.all([errorEntries(), categoryEntries()]).then(([entries, categories]) => {
    const hash = createHash('sha256');
    for (const source of [pagefindPackage, indexContract, indexRecords, errorText, stemmer, wordingWeights]) hash.update(source);
    hash.update(JSON.stringify(categories.map((c) => [c.id, c.data])));
    for (const e of entries) hash.update(JSON.stringify([e.id, e.data, e.body]));
    return hash.digest('hex').slice(0, 16);
  });
  return tag;
}
