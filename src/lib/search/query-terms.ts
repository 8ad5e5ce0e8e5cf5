import { pasteSegments, termSequence, UNSPACED_CHAR } from '../normalize-error-text.ts';
import { reportsError } from './error-words.ts';
import { RANKING } from './settings.ts';

/**
 * Step 1: a paste's distinct identifying terms (`termSequence`), at most `RANKING.maxTerms`, for
 * Pagefind searches: those of its parts that report an error first (`reportsError`), then the rest,
 * each in the paste's order. A report often tells its story before it quotes the error, and a long
 * story filled the terms before the error's own words were reached. Not single Chinese or Japanese
 * characters: Pagefind matches them as prefixes of every word they start ("一" of "一些").
 */
export function queryTerms(query: string): string[] {
  const parts = pasteSegments(query).map((text) => {
    const terms = termSequence(text);
    return { terms, error: reportsError(text, terms) };
  });
  const ordered = [...parts.filter((p) => p.error), ...parts.filter((p) => !p.error)];
  return [...new Set(ordered.flatMap((p) => p.terms))].filter((t) => !UNSPACED_CHAR.test(t)).slice(0, RANKING.maxTerms);
}

/** What the choice of terms to search knows of the site (`SiteStats`). */
interface TermStats {
  commonTerms: ReadonlySet<string>;
  frequencyRank: ReadonlyMap<string, number>;
}

/**
 * The terms worth a Pagefind search, in the order to search them: all but the common ones
 * (`src/lib/common-terms.ts`), which still count in the ranking; all of them when every one is
 * common. On a large site (where the build lists its frequent terms) rarest first, since
 * `searchTerms` searches only as many as it needs there: a term the site does not list is rarer
 * than any it lists; ties keep the paste's order (the error line usually leads).
 */
export function termsToSearch(terms: readonly string[], { commonTerms, frequencyRank }: TermStats): readonly string[] {
  const rare = terms.filter((t) => !commonTerms.has(t));
  const worth = rare.length ? rare : terms;
  if (frequencyRank.size === 0) return worth;
  const rarity = (t: string) => frequencyRank.get(t) ?? Infinity;
  return worth
    .map((term, i) => ({ term, i }))
    .sort((a, b) => rarity(b.term) - rarity(a.term) || a.i - b.i)
    .map((t) => t.term);
}
