import { errorTerms } from '../normalize-error-text.ts';
import { RANKING } from './settings.ts';

/** Step 1: a paste's identifying terms (see `normalizeErrorText`), at most `RANKING.maxTerms`. */
export function queryTerms(query: string): string[] {
  return errorTerms(query).slice(0, RANKING.maxTerms);
}

/**
 * The terms worth a Pagefind search: all but the common ones (`src/lib/common-terms.ts`),
 * which still count in the ranking; all of them when every one is common.
 */
export function termsToSearch(terms: readonly string[], common: ReadonlySet<string>): readonly string[] {
  const rare = terms.filter((t) => !common.has(t));
  return rare.length ? rare : terms;
}
