import { errorTerms } from './normalize-error-text.ts';
import { documentFrequency } from './term-stats.ts';

export interface DuplicatePair {
  a: string;
  b: string;
  /** Jaccard similarity of the two signatures' terms, 0..1. */
  similarity: number;
}

export interface NearDuplicateOptions {
  /** Jaccard similarity from which two signatures count as one error. Default 0.85. */
  threshold?: number;
  /**
   * Only pairs whose `b` (the later of the two in `pages`, the page a problem names) passes; default
   * all. A shard reports the pairs of its own pages, so the shards together report each pair once.
   */
  reportedFor?: (id: string) => boolean;
}

/**
 * Pairs of pages whose signatures normalize to nearly the same terms: usually two
 * pages describing one error (the second should become a variant of the first).
 * Only pages sharing one of their rarest terms are compared, so this stays near-linear.
 */
export function nearDuplicates(
  pages: ReadonlyArray<{ id: string; signature: string }>,
  { threshold = 0.85, reportedFor = () => true }: NearDuplicateOptions = {},
): DuplicatePair[] {
  const terms = pages.map((p) => new Set(errorTerms(p.signature)));
  const df = documentFrequency(terms);
  const byTerm = new Map<string, number[]>();
  const rarest = terms.map((set, i) => {
    const chosen = [...set].sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : 1)).slice(0, 3);
    for (const t of chosen) (byTerm.get(t) ?? byTerm.set(t, []).get(t)!).push(i);
    return chosen;
  });
  const pairs: DuplicatePair[] = [];
  // A pair met through several shared terms is compared once: `lastFor[i] === j` once i met j
  // (at 10,000 generated pages the shared terms bring a million pairs).
  const lastFor = new Int32Array(pages.length).fill(-1);
  pages.forEach((page, j) => {
    if (!reportedFor(page.id)) return;
    const b = terms[j]!;
    for (const t of rarest[j]!) {
      // Each list holds its pages in `pages` order: the ones before j come first.
      for (const i of byTerm.get(t)!) {
        if (i >= j) break;
        if (lastFor[i] === j) continue;
        lastFor[i] = j;
        const a = terms[i]!;
        // Jaccard is at most the smaller set's size over the larger's.
        if (Math.min(a.size, b.size) < threshold * Math.max(a.size, b.size)) continue;
        let shared = 0;
        for (const x of a) if (b.has(x)) shared++;
        const similarity = shared / (a.size + b.size - shared || 1);
        if (similarity >= threshold) pairs.push({ a: pages[i]!.id, b: page.id, similarity });
      }
    }
  });
  return pairs.sort((p, q) => (p.a + p.b < q.a + q.b ? -1 : 1));
}
