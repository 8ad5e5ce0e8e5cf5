import { termSequence } from './normalize-error-text.ts';
import { stem } from './stem.ts';
import { documentFrequency, idf } from './term-stats.ts';

/**
 * The identifying terms of one wording of an error (its signature, a variant or a symptom), in
 * order and with repeats (the ranking looks for its phrases), each with its IDF weight.
 */
export type WeightedTerms = Array<[term: string, weight: number]>;

/**
 * IDF-weighted terms of every wording of every page, computed once at build time
 * over all wordings of all pages. The search compares a pasted error with these
 * to decide how much of a page's error text the paste contains.
 */
export function wordingTerms(pages: ReadonlyArray<{ slug: string; wordings: readonly string[] }>): Map<string, WeightedTerms[]> {
  const termsBySlug = pages.map((p) => [p.slug, p.wordings.map(termSequence)] as const);
  // Counted by stem, as the ranking matches them: "prompts" on one page is as common as "prompt" on many.
  const df = documentFrequency(termsBySlug.map(([, wordings]) => wordings.flat().map(stem)));
  // Two decimals: enough for the ranking, and short in every page's metadata.
  const weight = (t: string) => Math.round(idf(df.get(stem(t))!, pages.length) * 100) / 100;
  return new Map(
    termsBySlug.map(([slug, wordings]) => [slug, wordings.map((terms) => terms.map((t) => [t, weight(t)] as [string, number]))]),
  );
}
