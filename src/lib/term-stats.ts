/*
 * Term statistics shared by the build (related errors, wordings, common terms,
 * near-duplicates), the scaffolder and the browser's ranking: one definition of
 * document frequency and of IDF, so they weigh a term the same way.
 */

/** In how many documents each term occurs (a term counts once per document). */
export function documentFrequency(documents: Iterable<Iterable<string>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of documents) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** Inverse document frequency of a term found in `df` of `total` documents: rarer terms weigh more, and never less than 0. */
export const idf = (df: number, total: number): number => Math.log(1 + total / df);
