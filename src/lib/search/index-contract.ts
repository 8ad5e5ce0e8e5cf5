import { errorTerms } from '../normalize-error-text.ts';
import { statusLabel } from '../status-label.ts';
import type { ErrorPage } from '../../schema/error-page.ts';
import type { WeightedTerms } from '../wording-terms.ts';

/*
 * The contract between an error page and the search, in one place: which of the page's text
 * Pagefind indexes (`ErrorArticle.astro` renders exactly this, `tests/dist/search-index.test.ts`
 * checks the built pages against it, `src/build-data/site-data.ts` derives the common terms from it),
 * and the metadata each page hands the browser, with the codecs of its values.
 */

/** The frontmatter fields (and the category's title) a page shows above its body. */
export interface IndexedFields {
  title: string;
  categoryTitle: string;
  tools: readonly string[];
  status: ErrorPage['status'];
  fixedIn?: string | undefined;
  affects: readonly string[];
  signature: string;
  variants: readonly string[];
  symptoms: ReadonlyArray<{ text: string }>;
  summary: string;
  quickFixes: readonly string[];
  causes: readonly string[];
}

/** The words around the indexed fields, as the page shows them. */
export const LABELS = {
  affects: 'Affects:',
  variants: (count: number) => `Also seen as (${count})`,
  symptoms: (count: number) => `How people describe it (${count})`,
  quickFix: 'Quick fix',
  likelyCause: 'Most likely cause:',
} as const;

/**
 * What Pagefind indexes of a page, in page order: what identifies the error, and the labels
 * around it. The body, steps, sources and related links stay out: they carry the same kind of
 * noise as a paste (README, "Search"). The labels stay in: leaving them out moved two near-ties
 * of the dev set (top-1 87.0% → 85.5%); since they are on every page, the common terms skip them
 * on a large site.
 */
export function indexedText(page: IndexedFields): string[] {
  return [
    page.title,
    page.categoryTitle,
    ...page.tools,
    statusLabel(page.status, page.fixedIn),
    ...(page.affects.length ? [LABELS.affects, page.affects.join(', ')] : []),
    page.signature,
    ...(page.variants.length ? [LABELS.variants(page.variants.length), ...page.variants] : []),
    // Symptoms: reports in people's own words, so a description without the error text finds its page.
    ...(page.symptoms.length ? [LABELS.symptoms(page.symptoms.length), ...page.symptoms.map((s) => s.text)] : []),
    page.summary,
    LABELS.quickFix,
    ...page.quickFixes,
    LABELS.likelyCause,
    page.causes[0]!,
  ];
}

/** Pagefind metadata keys (`data-pagefind-meta`) of an error page. */
export const META = {
  category: 'category',
  signature: 'signature',
  quickFix: 'quickfix',
  wordings: 'wordings',
  /** The page's descriptions (title, summary, symptoms: `src/build-data/site-data.ts`), encoded as the wordings are. */
  descriptions: 'descriptions',
  tools: 'tools',
  /** The page's version ranges for the verdict (`src/lib/versions/verdict.ts` codec); absent on pages without any. */
  versions: 'versions',
} as const;

/** Compact text form of a page's weighted wordings: `term:1.5 term:0.2|next wording`. */
export function encodeWordings(wordings: readonly WeightedTerms[]): string {
  return wordings.map((w) => w.map(([t, x]) => `${t}:${x}`).join(' ')).join('|');
}

export function decodeWordings(text: string): WeightedTerms[] {
  return text
    .split('|')
    .filter(Boolean)
    .map((w) =>
      w
        .split(' ')
        .filter(Boolean)
        .map((pair) => {
          const at = pair.lastIndexOf(':');
          return [pair.slice(0, at), Number(pair.slice(at + 1))] as [string, number];
        }),
    );
}

/** Each tool's name as terms, normalized at build time so the browser does not on every query: `claude code|npm`. */
export function encodeTools(tools: readonly string[]): string {
  return tools.map((tool) => errorTerms(tool).join(' ')).join('|');
}

export function decodeTools(text: string): string[][] {
  return text.split('|').map((tool) => tool.split(' ').filter(Boolean));
}

/** What a result shows and ranks by, from one page's Pagefind metadata (`title` is Pagefind's own: the page's h1). */
export function decodeMeta(meta: Readonly<Record<string, string | undefined>>) {
  return {
    title: meta['title'],
    category: meta[META.category] ?? '',
    signature: meta[META.signature] ?? '',
    quickFix: meta[META.quickFix] ?? '',
    wordings: decodeWordings(meta[META.wordings] ?? ''),
    descriptions: decodeWordings(meta[META.descriptions] ?? ''),
    tools: decodeTools(meta[META.tools] ?? ''),
    versions: meta[META.versions],
  };
}
