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
