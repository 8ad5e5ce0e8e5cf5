import { encodeWordings, wordingTerms } from '../lib/wording-terms';
import { errorEntries } from './errors';

let cache: Promise<Map<string, string>> | undefined;

/** Each page's wordings with build-time IDF, encoded for Pagefind metadata (see `src/lib/search-ranking.ts`). */
export function encodedWordingsBySlug(): Promise<Map<string, string>> {
  cache ??= errorEntries().then((entries) => {
    const terms = wordingTerms(entries.map((e) => ({ slug: e.id, wordings: [e.data.signature, ...e.data.variants] })));
    return new Map([...terms].map(([slug, w]) => [slug, encodeWordings(w)]));
  });
  return cache;
}
