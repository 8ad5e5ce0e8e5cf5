import { errorTerms } from './normalize-error-text.ts';
import { documentFrequency, idf } from './term-stats.ts';

/** What related-error scoring needs to know about a page. */
export interface RelatedInput {
  slug: string;
  category: string;
  tools: readonly string[];
  title: string;
  signature: string;
  variants: readonly string[];
  causes: readonly string[];
  /** Slugs the writer named; they come first. */
  related: readonly string[];
}

export interface RelatedError {
  slug: string;
  /** Short, human reason: "Listed by the author", "Same tool: Docker · also about “socket”". */
  reason: string;
}

export interface RelatedOptions {
  /** At most this many related errors per page. Default 6. */
  max?: number;
  /** At least this many, filled from the same category when scores run out. Default 3. */
  min?: number;
  /** Terms kept per page for matching (its highest TF-IDF ones); bounds the work at scale. Default 24. */
  termsPerPage?: number;
  /**
   * The pages to list related errors for (by slug), default all; candidates are always all pages.
   * A page's list does not depend on which others are listed, so a shard lists only its own.
   */
  listFor?: (slug: string) => boolean;
}

/** Field weights: the error text itself says most about what an error is. */
const FIELD_WEIGHT = { signature: 3, title: 2, causes: 1 } as const;
const TOOL_BOOST = 0.08;
const CATEGORY_BOOST = 0.04;

type Vector = Map<string, number>;

function termFrequencies(page: RelatedInput): Vector {
  const tf: Vector = new Map();
  const add = (text: string, weight: number) => {
    for (const t of errorTerms(text)) tf.set(t, (tf.get(t) ?? 0) + weight);
  };
  add([page.signature, ...page.variants].join('\n'), FIELD_WEIGHT.signature);
  add(page.title, FIELD_WEIGHT.title);
  add(page.causes.join('\n'), FIELD_WEIGHT.causes);
  return tf;
}

/**
 * Related errors for every page: explicit `related` slugs first, then the most
 * similar pages by TF-IDF cosine over normalized error terms, boosted by shared
 * tools and category. Each page keeps only its top terms and similarity is
 * accumulated through an inverted index, so the cost grows with pages × terms,
 * not pages². Deterministic: ties break on slug.
 */
export function relatedErrors(pages: readonly RelatedInput[], options: RelatedOptions = {}): Map<string, RelatedError[]> {
  const { max = 6, min = 3, termsPerPage = 24, listFor = () => true } = options;
  const n = pages.length;
  const tfs = pages.map(termFrequencies);
  const df = documentFrequency(tfs.map((tf) => tf.keys()));

  // Unit-length TF-IDF vectors restricted to each page's strongest terms.
  const vectors: Vector[] = tfs.map((tf) => {
    const weighted = [...tf].map(([t, f]) => [t, f * idf(df.get(t)!, n)] as const);
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = weighted.slice(0, termsPerPage);
    const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
    return new Map(top.map(([t, w]) => [t, w / norm]));
  });
  const postings = new Map<string, Array<[number, number]>>();
  vectors.forEach((v, i) => v.forEach((w, t) => (postings.get(t) ?? postings.set(t, []).get(t)!).push([i, w])));

  const index = new Map(pages.map((p, i) => [p.slug, i]));
  const byCategory = new Map<string, number[]>();
  pages.forEach((p, i) => (byCategory.get(p.category) ?? byCategory.set(p.category, []).get(p.category)!).push(i));
  const toolSets = pages.map((p) => new Set(p.tools.map((t) => t.toLowerCase())));
  const bySlug = (a: number, b: number) => (pages[a]!.slug < pages[b]!.slug ? -1 : 1);
  // A term on more pages than this says little about any pair and would make the
  // accumulation quadratic (10,000 pages sharing "error"): it is skipped.
  const maxPostings = Math.max(50, Math.ceil(2 * Math.sqrt(n)));
  const result = new Map<string, RelatedError[]>();
  // Per-page accumulators, reused from page to page (allocating maps per page made the
  // collector a third of the work at 10,000 pages): each met page's score and its strongest shared term.
  const scores = new Float64Array(n);
  const strongest = new Float64Array(n);
  const strongestTerm: Array<string | undefined> = new Array(n);
  const metBy = new Int32Array(n).fill(-1);
  const met: number[] = [];
  const shortlistSize = 4 * max;

  pages.forEach((page, i) => {
    if (!listFor(page.slug)) return;
    for (const j of met) ((scores[j] = 0), (strongest[j] = 0), (strongestTerm[j] = undefined));
    met.length = 0;
    vectors[i]!.forEach((w, t) => {
      const list = postings.get(t)!;
      if (list.length > maxPostings) return;
      for (const [j, wj] of list) {
        if (j === i) continue;
        const c = w * wj;
        if (metBy[j] !== i) ((metBy[j] = i), met.push(j));
        scores[j] = scores[j]! + c;
        if (c > strongest[j]!) ((strongest[j] = c), (strongestTerm[j] = t));
      }
    });
    const sharedTools = (j: number) => pages[j]!.tools.filter((t) => toolSets[i]!.has(t.toLowerCase()));
    const sameCategory = (j: number) => pages[j]!.category === page.category;
    const boosted = (j: number) => scores[j]! + TOOL_BOOST * Math.min(2, sharedTools(j).length) + (sameCategory(j) ? CATEGORY_BOOST : 0);
    const reasonFor = (j: number): string => {
      const parts: string[] = [];
      const shared = sharedTools(j);
      if (shared.length) parts.push(`Same tool: ${shared[0]}`);
      const term = strongestTerm[j];
      if (term) parts.push(`${parts.length ? 'also' : 'Also'} about “${term.replace(/_/g, ' ')}”`);
      if (!parts.length) parts.push('Same category');
      return parts.join(' · ');
    };

    const chosen: RelatedError[] = [];
    const taken = new Set<number>([i]);
    const take = (j: number, reason: string) => {
      taken.add(j);
      chosen.push({ slug: pages[j]!.slug, reason });
    };
    for (const slug of page.related) {
      const j = index.get(slug);
      if (j !== undefined && !taken.has(j) && chosen.length < max) take(j, 'Named by this page');
    }
    // Boosts are small, so only the best raw scores can end on top: boost a shortlist, the
    // best raw scores kept in order as they come (a full sort of every page met cost more).
    const first = (a: number, b: number) => scores[b]! - scores[a]! || bySlug(a, b);
    const shortlist: number[] = [];
    for (const j of met) {
      if (taken.has(j) || (shortlist.length === shortlistSize && first(j, shortlist.at(-1)!) > 0)) continue;
      let at = shortlist.length;
      while (at > 0 && first(j, shortlist[at - 1]!) < 0) at--;
      shortlist.splice(at, 0, j);
      if (shortlist.length > shortlistSize) shortlist.pop();
    }
    const ranked = shortlist.map((j) => [j, boosted(j)] as const).sort((a, b) => b[1] - a[1] || bySlug(a[0], b[0]));
    for (const [j, score] of ranked) {
      if (chosen.length >= max || (chosen.length >= min && score < 0.1)) break;
      take(j, reasonFor(j));
    }
    // Too few similar pages: fill from the same category, those sharing a tool first.
    if (chosen.length < min) {
      const pool = (byCategory.get(page.category) ?? [])
        .filter((j) => !taken.has(j))
        .slice(0, 200)
        .map((j) => [j, boosted(j)] as const);
      pool.sort((a, b) => b[1] - a[1] || bySlug(a[0], b[0]));
      for (const [j] of pool.slice(0, min - chosen.length)) take(j, reasonFor(j));
    }
    result.set(page.slug, chosen);
  });
  return result;
}
