import { errorTerms } from '../../lib/normalize-error-text.ts';
import { idfOver, type ExistingPage } from './existing-pages.ts';

export interface CoveringPage {
  page: ExistingPage;
  /** Best IDF-weighted Jaccard similarity of the error's terms with the page's signature, one variant, or all its wordings together. */
  similarity: number;
  /** The wording that matched best. */
  wording: string;
}

/**
 * Pages at or above this IDF-weighted Jaccard similarity are reported as "Already covered?".
 * On the real content (each wording of each page checked against all others with
 * that wording left out), 0.4 finds the right page for 2 wordings in 3 and flags
 * another page only inside families that truly share their text (prompt too long,
 * session limits); unweighted Jaccard at 0.5 finds fewer and also flags
 * `npm error code ERESOLVE` as `npm error code EACCES`.
 */
export const COVERED_THRESHOLD = 0.4;

/** Jaccard similarity with each term weighted by its IDF: sharing `npm error code` says little, sharing `eresolve` a lot. */
function weightedJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: (t: string) => number): number {
  let shared = 0;
  let union = 0;
  for (const t of a) {
    union += idf(t);
    if (b.has(t)) shared += idf(t);
  }
  for (const t of b) if (!a.has(t)) union += idf(t);
  return union ? shared / union : 0;
}

/**
 * Existing pages that may already cover the error (the idea of
 * `src/lib/near-duplicates.ts` applied to one new text): IDF-weighted Jaccard
 * similarity of its terms with the page's signature, one of its variants, or all
 * its wordings together, at least `threshold`. Best first.
 */
export function coveringPages(raw: string, pages: readonly ExistingPage[], threshold = COVERED_THRESHOLD): CoveringPage[] {
  const terms = new Set(errorTerms(raw));
  if (!terms.size) return [];
  const idf = idfOver(pages);
  const found: CoveringPage[] = [];
  for (const page of pages) {
    const wordings = [page.signature, ...page.variants];
    const candidates: Array<[string, Set<string>]> = wordings.map((w) => [w, new Set(errorTerms(w))]);
    if (wordings.length > 1) candidates.push(['(all its wordings)', new Set(wordings.flatMap(errorTerms))]);
    let best: { similarity: number; wording: string } = { similarity: 0, wording: page.signature };
    for (const [wording, set] of candidates) {
      const similarity = weightedJaccard(terms, set, idf);
      if (similarity > best.similarity) best = { similarity, wording };
    }
    if (best.similarity >= threshold) found.push({ page, ...best });
  }
  return found.sort((a, b) => b.similarity - a.similarity || a.page.slug.localeCompare(b.page.slug));
}

/** The warning line printed for one covering page. */
export function coveredMessage(c: CoveringPage, base = '/'): string {
  return `Already covered? ${c.page.title} — ${base}errors/${c.page.slug}/ (${c.page.file})`;
}
