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
  const { max = 6, min = 3, termsPerPage = 24 } = options;
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

  pages.forEach((page, i) => {
    const scores = new Map<number, number>();
    const sharedTerm = new Map<number, [string, number]>();
    vectors[i]!.forEach((w, t) => {
      const list = postings.get(t)!;
      if (list.length > maxPostings) return;
      for (const [j, wj] of list) {
        if (j === i) continue;
        const c = w * wj;
        scores.set(j, (scores.get(j) ?? 0) + c);
        if (c > (sharedTerm.get(j)?.[1] ?? 0)) sharedTerm.set(j, [t, c]);
      }
    });
    const sharedTools = (j: number) => pages[j]!.tools.filter((t) => toolSets[i]!.has(t.toLowerCase()));
    const sameCategory = (j: number) => pages[j]!.category === page.category;
    const boosted = (j: number) =>
      (scores.get(j) ?? 0) + TOOL_BOOST * Math.min(2, sharedTools(j).length) + (sameCategory(j) ? CATEGORY_BOOST : 0);
    const reasonFor = (j: number): string => {
      const parts: string[] = [];
      const shared = sharedTools(j);
      if (shared.length) parts.push(`Same tool: ${shared[0]}`);
      const term = sharedTerm.get(j)?.[0];
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
    // Boosts are small, so only the best raw scores can end on top: boost a shortlist.
    const shortlist = [...scores.keys()]
      .filter((j) => !taken.has(j))
      .sort((a, b) => scores.get(b)! - scores.get(a)! || bySlug(a, b))
      .slice(0, 4 * max);
    const ranked = shortlist.map((j) => [j, boosted(j)] as const).sort((a, b) => b[1] - a[1] || bySlug(a[0], b[0]));
    for (const [j, score] of ranked) {
      if (chosen.length >= max || (chosen.length >= min && score < 0.1)) break;
      take(j, reasonFor(j));
    }
    // Too few similar pages: fill from the same category, those sharing a tool first.
    if (chosen.length < min) {
      const pool = (byCategory.get(page.category) ?? []).filter((j) => !taken.has(j)).slice(0, 200);
      pool.sort((a, b) => boosted(b) - boosted(a) || bySlug(a, b));
      for (const j of pool.slice(0, min - chosen.length)) take(j, reasonFor(j));
    }
    result.set(page.slug, chosen);
  });
  return result;
}
