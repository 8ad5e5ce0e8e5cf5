import { createHash } from 'node:crypto';
// The sources whose markup decides what Pagefind indexes and how it weighs it, and Pagefind's
// version, inlined by Vite at build time (builds of other content run from other folders).
import articleTemplate from '../components/ErrorArticle.astro?raw';
import signatureTemplate from '../components/Signature.astro?raw';
import indexContract from '../lib/search/index-contract.ts?raw';
import pagefindPackage from '../../node_modules/pagefind/package.json?raw';
import { commonTerms } from '../lib/common-terms';
import { errorTerms } from '../lib/normalize-error-text';
import { encodeWordings, indexedText } from '../lib/search/index-contract';
import { wordingTerms } from '../lib/wording-terms';
import { categoryEntries, errorEntries, type ErrorEntry } from './errors';

let cache: Promise<Map<string, { wordings: string; descriptions: string }>> | undefined;

/**
 * What a page says about its error in words rather than error text: its title and summary, which
 * writers word to tell siblings apart ("session at 100% with no activity", "rises while idle"), and
 * its symptoms, in reporters' words. A prose paste is compared with these.
 */
const descriptions = (data: ErrorEntry['data']) => [data.title, data.summary, ...data.symptoms.map((s) => s.text)];

/**
 * Each page's wordings (signature and variants) and descriptions with build-time IDF, encoded for
 * Pagefind metadata (see `src/lib/search/rank.ts`). One IDF over both, so a term weighs the same
 * in a description as in a wording.
 */
export function encodedWordingsBySlug(): Promise<Map<string, { wordings: string; descriptions: string }>> {
  cache ??= errorEntries().then((entries) => {
    const terms = wordingTerms(
      entries.map(({ id, data }) => ({ slug: id, wordings: [data.signature, ...data.variants, ...descriptions(data)] })),
    );
    return new Map(
      entries.map(({ id, data }) => {
        const all = terms.get(id)!;
        const count = 1 + data.variants.length;
        return [id, { wordings: encodeWordings(all.slice(0, count)), descriptions: encodeWordings(all.slice(count)) }];
      }),
    );
  });
  return cache;
}

let common: Promise<string[]> | undefined;

/** Terms the browser does not send to Pagefind (see `src/lib/common-terms.ts`), from the text each page has in the index. */
export function commonSearchTerms(): Promise<string[]> {
  common ??= Promise.all([errorEntries(), categoryEntries()]).then(([entries, categories]) => {
    const categoryTitles = new Map(categories.map((c) => [c.id, c.data.title]));
    return commonTerms(
      entries.map(({ data }) => errorTerms(indexedText({ ...data, categoryTitle: categoryTitles.get(data.category)! }).join('\n'))),
    );
  });
  return common;
}

let tag: Promise<string> | undefined;

/**
 * A tag that changes whenever the Pagefind index may: a hash of every page's content, the
 * categories, the templates that decide what is indexed and how it weighs, and Pagefind's
 * version. The browser hands it to Pagefind as `metaCacheTag`
 * (https://pagefind.app/docs/search-config/#cache-tag): without one, Pagefind fetches its
 * entry file with a new `?ts=` on every visit, so not even a returning visitor's browser could
 * reuse it. Derived from content, not the clock, so two builds of the same site stay identical.
 */
export function pagefindIndexTag(): Promise<string> {
  tag ??= Promise.all([errorEntries(), categoryEntries()]).then(([entries, categories]) => {
    const hash = createHash('sha256');
    for (const source of [pagefindPackage, articleTemplate, signatureTemplate, indexContract]) hash.update(source);
    hash.update(JSON.stringify(categories.map((c) => [c.id, c.data])));
    for (const e of entries) hash.update(JSON.stringify([e.id, e.data, e.body]));
    return hash.digest('hex').slice(0, 16);
  });
  return tag;
}
