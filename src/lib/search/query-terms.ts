import { RANKING } from './settings.ts';

/** Step 1: a paste's distinct identifying terms (from `termSequence`), at most `RANKING.maxTerms`, for Pagefind searches. */
export function queryTerms(sequence: readonly string[]): string[] {
  return [...new Set(sequence)].slice(0, RANKING.maxTerms);
}

/**
 * The terms worth a Pagefind search: all but the common ones (`src/lib/common-terms.ts`),
 * which still count in the ranking; all of them when every one is common.
 */
export function termsToSearch(terms: readonly string[], common: ReadonlySet<string>): readonly string[] {
  const rare = terms.filter((t) => !common.has(t));
  return rare.length ? rare : terms;
}
