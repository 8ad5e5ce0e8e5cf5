import { documentFrequency } from './term-stats.ts';

/**
 * Terms too common to be worth a Pagefind search: on at least `share` of the pages and
 * on at least `min` pages. Such a term (on our 10,000-page generated site: "error", "file", "config") tells
 * almost nothing about which page a paste is, yet its Pagefind search is the costliest
 * (loading its large index chunk and scoring thousands of pages took ~0.6 s of a first
 * search here). The ranking still compares them with each page's wordings.
 * `pages`: each page's terms (see `normalizeErrorText`).
 */
export const COMMON_TERMS = {
  /** Share of all pages, 0..1. Default 0.25. */
  share: 0.25,
  /** Below this many pages no term is skipped: a small site's searches are cheap anyway. Default 100. */
  min: 100,
} as const;

export function commonTerms(
  pages: ReadonlyArray<readonly string[]>,
  { share, min }: { share: number; min: number } = COMMON_TERMS,
): string[] {
  const df = documentFrequency(pages);
  const threshold = Math.max(min, share * pages.length);
  return [...df]
    .filter(([, n]) => n >= threshold)
    .map(([t]) => t)
    .sort();
}

/**
 * On a large site (`COMMON_TERMS.min` pages or more), terms on at least this share of the pages are
 * listed, most frequent first, so the browser can search a paste's rarest terms first
 * (`termsToSearch`); rarer terms are not listed (10,000 generated pages: 380 terms).
 */
export const LISTED_TERM_SHARE = 0.01;

/** What the search knows of the site's terms besides Pagefind's index (published in `/search-stats.json`). */
export interface SiteTermStats {
  /** Terms on at least `LISTED_TERM_SHARE` of the pages, most frequent first; none on a small site. */
  frequentTerms: string[];
  /** How many of those, from the first, are common (`commonTerms`). */
  common: number;
}

export function siteTermStats(pages: ReadonlyArray<readonly string[]>): SiteTermStats {
  if (pages.length < COMMON_TERMS.min) return { frequentTerms: [], common: 0 };
  const threshold = LISTED_TERM_SHARE * pages.length;
  const listed = [...documentFrequency(pages)].filter(([, n]) => n >= threshold).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { frequentTerms: listed.map(([t]) => t), common: commonTerms(pages).length };
}
