import { errorTerms } from '../../lib/normalize-error-text.ts';
import { documentFrequency, idf } from '../../lib/term-stats.ts';
import type { CheckedPage } from '../check-content.ts';

/** What the scaffolder needs to know about an existing page. */
export interface ExistingPage {
  slug: string;
  /** As shown in messages, e.g. `content/errors/npm-eresolve.mdx`. */
  file: string;
  title: string;
  category: string;
  signature: string;
  variants: readonly string[];
  tools: readonly string[];
}

/** The pages `checkContent` accepted, as the scaffolder sees them. */
export function existingPages(pages: readonly CheckedPage[]): ExistingPage[] {
  return pages.map((p) => ({
    slug: p.slug,
    file: p.file,
    title: p.data.title,
    category: p.data.category,
    signature: p.data.signature,
    variants: p.data.variants,
    tools: p.data.tools,
  }));
}

/** Terms of every wording of a page (signature and variants) plus its tool names. */
export function pageTerms(page: ExistingPage): Set<string> {
  return new Set([page.signature, ...page.variants, ...page.tools].flatMap(errorTerms));
}

/** Inverse document frequency of each term over the pages' signatures, variants and tools; unseen terms weigh most. */
export function idfOver(pages: readonly ExistingPage[]): (term: string) => number {
  const df = documentFrequency(pages.map(pageTerms));
  // A term no page has counts as half a page: rarer than any known term.
  return (term) => idf(df.get(term) ?? 0.5, pages.length);
}
