import { idf } from '../term-stats.ts';
import { RANKING } from './settings.ts';

/**
 * Step 2, retrieval: one Pagefind search per query term (Pagefind alone ANDs all words,
 * so a noisy paste finds nothing); pages score the IDF of each term they contain, in
 * proportion to Pagefind's relevance for it, IDF taken from how many pages each term hit.
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
      // As much as Pagefind's own relevance for the term allows, against the best page's: it weighs the
      // signature and title most and long texts less, so a term met once among many symptoms counts
      // little (a flat half for merely containing it let pages with the most text crowd out the one
      // whose signature holds the paste's words).
      entry.score += w * (score / top);
      entry.terms.push(h.term);
    }
  }
  return [...byPage]
    .map(([id, { score, terms }]) => ({ id, queryCoverage: score / mass, matchedTerms: terms }))
    .sort((a, b) => b.queryCoverage - a.queryCoverage || (a.id < b.id ? -1 : 1));
}

/** Pages holding every term that found any, when some did. */
function pagesWithAll(hits: readonly TermHits[]): number {
  const found = hits.filter((h) => h.pages.length > 0);
  if (found.length === 0) return 0;
  let common = new Set(found[0]!.pages.map((p) => p.id));
  for (const h of found.slice(1)) common = new Set(h.pages.map((p) => p.id).filter((id) => common.has(id)));
  return common.size;
}

/**
 * The Pagefind searches of a paste's terms (`termsToSearch` order). On a small site all at once.
 * On a large site, where each search loads an index chunk, the first few, then one more at a time
 * until the terms found narrow the site down to at most `RANKING.candidates` pages (so a paste with
 * a rare code stops after its first searches, and a term no page has costs a further one).
 * Each batch's chunks are loaded before it is searched: Pagefind matches a term in every chunk
 * loaded at that moment, so searches racing each other's loads gave results that varied by run.
 */
export async function searchTerms(
  terms: readonly string[],
  index: {
    preload(terms: readonly string[]): Promise<void>;
    pagesWith(term: string): Promise<TermHits['pages']>;
  },
  largeSite: boolean,
): Promise<TermHits[]> {
  const search = async (batch: readonly string[]) => {
    await index.preload(batch);
    return Promise.all(batch.map(async (term) => ({ term, pages: await index.pagesWith(term) })));
  };
  const { firstSearches, maxSearches } = RANKING.largeSite;
  if (!largeSite) return search(terms);
  const hits = await search(terms.slice(0, firstSearches));
  for (const term of terms.slice(firstSearches, maxSearches)) {
    const narrowed = pagesWithAll(hits);
    if (narrowed > 0 && narrowed <= RANKING.candidates) break;
    hits.push(...(await search([term])));
  }
  return hits;
}
