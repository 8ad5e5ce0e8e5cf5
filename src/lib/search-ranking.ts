import { idf } from './term-stats.ts';
import type { WeightedTerms } from './wording-terms.ts';

/**
 * Ranking for pasted errors, in two passes over a Pagefind index:
 * 1. retrieve: one Pagefind search per query term (Pagefind alone ANDs all words,
 *    so a noisy paste finds nothing); pages score the IDF of each term they contain,
 *    IDF taken from how many pages each term hit.
 * 2. rank: for the best candidates, how much of one of the page's own wordings
 *    (signature or a variant) the paste contains, weighted by build-time IDF.
 * The confidence says whether the best page is the answer, only a possibility, or nothing.
 */

export interface TermHits {
  term: string;
  /** Pages Pagefind returned for this term alone, with its relevance score (signature words weigh most). */
  pages: ReadonlyArray<{ id: string; score: number }>;
}

export interface Retrieved {
  id: string;
  /** Share of the query's IDF mass found on the page, 0..1. */
  queryCoverage: number;
  matchedTerms: string[];
}

export type Match = 'strong' | 'weak' | 'none';

/**
 * Words that say what went wrong. Two errors about the same thing differ in these
 * ("header missing" vs "header does not match"), so a page is only a strong match
 * when the paste has every one that its best wording has.
 */
const PREDICATES = new Set(
  'missing denied refused refusing exceeded exhausted invalid incorrect unsupported unable failed cannot unknown expired reached rejected blocked forbidden unauthorized overloaded timeout timed unrecognized unsafe dubious removed deprecated conflict'.split(' '),
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

export const RANKING = {
  /** Candidates whose wordings are compared (each costs one fragment load). */
  candidates: 8,
  /** Weight of wording coverage against query coverage in the final score. */
  wordingWeight: 0.65,
  /** A strong match contains at least this share of one of the page's wordings... */
  strongWording: 0.6,
  /** ...and explains at least this share of the query. */
  strongQuery: 0.2,
  /** Below this final score, a page is not shown at all. */
  minScore: 0.16,
  /**
   * Nor is a page none of whose own error wording is in the query: Pagefind also returns
   * pages for stems and prefixes of a word ("reticulated", "spline"), so a paste of unknown
   * words could otherwise bring up a page that only shares such fragments.
   */
  minWording: 0.01,
  /** Added when the query names one of the page's tools ("Claude Code", "Docker"). */
  toolBonus: 0.08,
} as const;


export function retrieve(hits: readonly TermHits[], totalPages: number): Retrieved[] {
  const known = hits.filter((h) => h.pages.length > 0 && h.pages.length < totalPages);
  const mass = known.reduce((sum, h) => sum + idf(h.pages.length, totalPages), 0);
  if (mass === 0) return [];
  const byPage = new Map<string, { score: number; terms: string[] }>();
  for (const h of known) {
    const w = idf(h.pages.length, totalPages);
    const top = Math.max(...h.pages.map((p) => p.score)) || 1;
    for (const { id, score } of h.pages) {
      const entry = byPage.get(id) ?? byPage.set(id, { score: 0, terms: [] }).get(id)!;
      // Half for containing the term at all, half for where (Pagefind weighs the signature and title most).
      entry.score += w * (0.5 + 0.5 * (score / top));
      entry.terms.push(h.term);
    }
  }
  return [...byPage]
    .map(([id, { score, terms }]) => ({ id, queryCoverage: score / mass, matchedTerms: terms }))
    .sort((a, b) => b.queryCoverage - a.queryCoverage || (a.id < b.id ? -1 : 1));
}

/** The wording of a page that the query contains most of (share of its IDF mass), and its predicates the query lacks. */
export function bestWording(wordings: readonly WeightedTerms[], queryTerms: ReadonlySet<string>): { coverage: number; missingPredicates: string[] } {
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

export function matchStrength(ranked: readonly Ranked[]): Match {
  const best = ranked[0];
  if (!best) return 'none';
  const strong = best.wordingCoverage >= RANKING.strongWording && best.queryCoverage >= RANKING.strongQuery && best.missingPredicates.length === 0;
  return strong ? 'strong' : 'weak';
}
