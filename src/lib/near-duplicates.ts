import { errorTerms } from './normalize-error-text.ts';
import { documentFrequency } from './term-stats.ts';

export interface DuplicatePair {
  a: string;
  b: string;
  /** Jaccard similarity of the two signatures' terms, 0..1. */
  similarity: number;
}

/**
 * Pairs of pages whose signatures normalize to nearly the same terms: usually two
 * pages describing one error (the second should become a variant of the first).
 * Only pages sharing one of their rarest terms are compared, so this stays near-linear.
 */
export function nearDuplicates(pages: ReadonlyArray<{ id: string; signature: string }>, threshold = 0.85): DuplicatePair[] {
  const terms = pages.map((p) => new Set(errorTerms(p.signature)));
  const df = documentFrequency(terms);
  const byTerm = new Map<string, number[]>();
  terms.forEach((set, i) => {
    const rarest = [...set].sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : 1)).slice(0, 3);
    for (const t of rarest) (byTerm.get(t) ?? byTerm.set(t, []).get(t)!).push(i);
  });
  const pairs: DuplicatePair[] = [];
  const seen = new Set<string>();
  for (const group of byTerm.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const [i, j] = [group[x]!, group[y]!];
        const key = `${i}:${j}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const [a, b] = [terms[i]!, terms[j]!];
        let shared = 0;
        for (const t of a) if (b.has(t)) shared++;
        const similarity = shared / (a.size + b.size - shared || 1);
        if (similarity >= threshold) pairs.push({ a: pages[i]!.id, b: pages[j]!.id, similarity });
      }
    }
  }
  return pairs.sort((p, q) => (p.a + p.b < q.a + q.b ? -1 : 1));
}
