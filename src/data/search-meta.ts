import { commonTerms } from '../lib/common-terms';
import { errorTerms } from '../lib/normalize-error-text';
import { encodeWordings, indexedText } from '../lib/search/index-contract';
import { wordingTerms } from '../lib/wording-terms';
import { categoryEntries, errorEntries } from './errors';

let cache: Promise<Map<string, string>> | undefined;

/** Each page's wordings with build-time IDF, encoded for Pagefind metadata (see `src/lib/search/rank.ts`). */
export function encodedWordingsBySlug(): Promise<Map<string, string>> {
  cache ??= errorEntries().then((entries) => {
    const terms = wordingTerms(entries.map((e) => ({ slug: e.id, wordings: [e.data.signature, ...e.data.variants] })));
    return new Map([...terms].map(([slug, w]) => [slug, encodeWordings(w)]));
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
