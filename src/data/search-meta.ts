import { commonTerms } from '../lib/common-terms';
import { errorTerms } from '../lib/normalize-error-text';
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

let common: Promise<string[]> | undefined;

/**
 * Terms the browser does not send to Pagefind (see `src/lib/common-terms.ts`), from the
 * text each page has in the index: the frontmatter fields `ErrorArticle.astro` shows above its body.
 */
export function commonSearchTerms(): Promise<string[]> {
  common ??= errorEntries().then((entries) =>
    commonTerms(
      entries.map(({ data }) => errorTerms([data.title, ...data.tools, ...data.affects, data.signature, ...data.variants, data.summary, ...data.quickFixes, data.causes[0]].join('\n'))),
    ),
  );
  return common;
}
