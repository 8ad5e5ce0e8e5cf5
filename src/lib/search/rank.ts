import type { WeightedTerms } from '../wording-terms.ts';
import type { Retrieved } from './retrieve.ts';
import { RANKING } from './settings.ts';

/**
 * Step 4, ranking: for each candidate, how much of one of the page's own wordings
 * (signature or a variant) the paste contains, weighted by build-time IDF, with a bonus
 * when the paste names one of the page's tools.
 */

/**
 * Words that say what went wrong. Two errors about the same thing differ in these
 * ("header missing" vs "header does not match"), so a page is only a strong match
 * when the paste has every one that its best wording has.
 */
const PREDICATES = new Set(
  'missing denied refused refusing exceeded exhausted invalid incorrect unsupported unable failed cannot unknown expired reached rejected blocked forbidden unauthorized overloaded timeout timed unrecognized unsafe dubious removed deprecated conflict'.split(
    ' ',
  ),
);

export interface Ranked {
  id: string;
  score: number;
  /** Best share of one of the page's wordings present in the query, 0..1. */
  wordingCoverage: number;
  /** Words saying what went wrong in that wording that the query lacks. */
  missingPredicates: string[];
  queryCoverage: number;
  matchedTerms: string[];
}

/** The wording of a page that the query contains most of (share of its IDF mass), and its predicates the query lacks. */
export function bestWording(
  wordings: readonly WeightedTerms[],
  queryTerms: ReadonlySet<string>,
): { coverage: number; missingPredicates: string[] } {
  let best = { coverage: 0, missingPredicates: [] as string[] };
  for (const wording of wordings) {
    let total = 0;
    let found = 0;
    for (const [term, weight] of wording) {
      total += weight;
      if (queryTerms.has(term)) found += weight;
    }
    const coverage = total > 0 ? found / total : 0;
    if (coverage > best.coverage) {
      best = { coverage, missingPredicates: wording.filter(([t]) => PREDICATES.has(t) && !queryTerms.has(t)).map(([t]) => t) };
    }
  }
  return best;
}

export interface Candidate extends Retrieved {
  wordings: readonly WeightedTerms[];
  /** Each tool's name as terms: "Claude Code" → ["claude", "code"]. */
  tools: ReadonlyArray<readonly string[]>;
}

export function rank(candidates: readonly Candidate[], queryTerms: ReadonlySet<string>): Ranked[] {
  return candidates
    .map((c) => {
      const { coverage, missingPredicates } = bestWording(c.wordings, queryTerms);
      const namesTool = c.tools.some((terms) => terms.length > 0 && terms.every((t) => queryTerms.has(t)));
      return {
        id: c.id,
        score: RANKING.wordingWeight * coverage + (1 - RANKING.wordingWeight) * c.queryCoverage + (namesTool ? RANKING.toolBonus : 0),
        wordingCoverage: coverage,
        missingPredicates,
        queryCoverage: c.queryCoverage,
        matchedTerms: c.matchedTerms,
      };
    })
    .filter((r) => r.score >= RANKING.minScore && r.wordingCoverage >= RANKING.minWording)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
