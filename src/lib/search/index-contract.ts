import { errorTerms } from '../normalize-error-text.ts';
import { plainText } from '../inline-code.ts';
import { statusLabel } from '../status-label.ts';
import type { ErrorPage } from '../../schema/error-page.ts';
import type { WeightedTerms } from '../wording-terms.ts';

/*
 * The contract between an error page and the search, in one place: which of the page's text
 * Pagefind indexes and how it weighs it (`index-records.ts` builds the index from exactly this,
 * `tests/dist/search-index.test.ts` checks the built index against it, the common terms are
 * derived from it), and the data each page hands the browser, with the codecs of its values.
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
  sources: ReadonlyArray<{ title: string; kind: ErrorPage['sources'][number]['kind'] }>;
}

/** The words around the indexed fields, as the page shows them. */
export const LABELS = {
  affects: 'Affects:',
  variants: (count: number) => `Also seen as (${count})`,
  symptoms: (count: number) => `How people describe it (${count})`,
  quickFix: 'Quick fix',
  likelyCause: 'Most likely cause:',
} as const;

/** One block of indexed text and how much Pagefind weighs its words (https://pagefind.app/docs/weighting/). */
export interface IndexedPart {
  text: string;
  weight: number;
}

/**
 * The weights: the error's own wordings count most, then the title and the "Quick fix" heading
 * (the weights the page's h1 and h2 had when Pagefind read the built pages), the rest 1, and the
 * titles of the reports a page cites half that: unlike a symptom, a report is sometimes cited for
 * another fact than the error (at 0.1, 0.25 or 1 the same pastes are found first, within a case).
 */
export const WEIGHTS = { wording: 10, title: 6, heading: 6, text: 1, report: 0.5 } as const;

/**
 * The titles of the reports a page cites (GitHub issues, forum threads) after our `owner/repo#N: `
 * or forum-name label (CONTRIBUTING, "Citing sources"): each is how someone who met the error named
 * it, often the message itself, often the situation in their words ("Session limit hits 100% despite
 * minimal usage and low token consumption").
 */
export const reportTitles = (sources: IndexedFields['sources']): string[] =>
  sources.filter((s) => s.kind === 'issue' || s.kind === 'forum').map((s) => s.title.slice(s.title.indexOf(': ') + 1).trim());

/**
 * What Pagefind indexes of a page, in page order: what identifies the error, the labels around
 * it, and the titles of the reports it cites (`reportTitles`). The body, steps, other sources and
 * related links stay out: they carry the same kind of noise as a paste (README, "Search"). The
 * labels stay in: leaving them out moved two near-ties of the dev set (top-1 87.0% → 85.5%); since
 * they are on every page, the common terms skip them on a large site. Quick fixes and the cause
 * are indexed as they read, without their backticks.
 */
export function indexedParts(page: IndexedFields): IndexedPart[] {
  const part = (weight: number) => (text: string) => ({ text, weight });
  const [wording, title, heading, text] = [part(WEIGHTS.wording), part(WEIGHTS.title), part(WEIGHTS.heading), part(WEIGHTS.text)];
  return [
    title(page.title),
    text(page.categoryTitle),
    ...page.tools.map(text),
    text(statusLabel(page.status, page.fixedIn)),
    ...(page.affects.length ? [text(LABELS.affects), text(page.affects.join(', '))] : []),
    wording(page.signature),
    ...(page.variants.length ? [wording(LABELS.variants(page.variants.length)), ...page.variants.map(wording)] : []),
    // Symptoms: reports in people's own words, so a description without the error text finds its page.
    ...(page.symptoms.length ? [text(LABELS.symptoms(page.symptoms.length)), ...page.symptoms.map((s) => text(s.text))] : []),
    text(page.summary),
    heading(LABELS.quickFix),
    ...page.quickFixes.map((f) => text(plainText(f))),
    text(LABELS.likelyCause),
    text(plainText(page.causes[0]!)),
    ...reportTitles(page.sources).map(part(WEIGHTS.report)),
  ];
}

/** The indexed text alone (`indexedParts`). */
export const indexedText = (page: IndexedFields): string[] => indexedParts(page).map((p) => p.text);

/**
 * The keys of the data each page hands the search: what a result shows and what the ranking reads.
 * They travel in the page's Pagefind fragment as filter values, not as metadata: Pagefind 1.5+
 * indexes every metadata value as words to search (https://pagefind.app/docs/metadata/#searching-metadata),
 * which put the encoded wordings ("cache:0.52" → "cache052"), titles and signatures, common words
 * and all, back into the index (4.2 MB at 10,000 pages instead of 1.1 MB). The search never filters.
 */
export const META = {
  title: 'title',
  category: 'category',
  signature: 'signature',
  quickFix: 'quickfix',
  wordings: 'wordings',
  /** The page's descriptions (title, summary, symptoms: `index-records.ts`), encoded as the wordings are. */
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

/** What a result shows and ranks by, from one page's data (`META`). */
export function decodeMeta(meta: Readonly<Record<string, string | undefined>>) {
  return {
    title: meta[META.title],
    category: meta[META.category] ?? '',
    signature: meta[META.signature] ?? '',
    quickFix: meta[META.quickFix] ?? '',
    wordings: decodeWordings(meta[META.wordings] ?? ''),
    descriptions: decodeWordings(meta[META.descriptions] ?? ''),
    tools: decodeTools(meta[META.tools] ?? ''),
    versions: meta[META.versions],
  };
}
