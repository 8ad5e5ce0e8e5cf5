import type { ErrorPage } from '../schema/error-page.ts';
import { commonTerms } from '../lib/common-terms.ts';
import { errorTerms } from '../lib/normalize-error-text.ts';
import { relatedErrors, type RelatedError } from '../lib/related-errors.ts';
import { encodeWordings, indexedText } from '../lib/search/index-contract.ts';
import { wordingTerms } from '../lib/wording-terms.ts';

/**
 * What error pages need to know about all the others, computed once per build from every
 * published page's frontmatter: their related errors, their wordings and descriptions weighted
 * over all pages (Pagefind metadata), and the terms too common to search for. A build computes
 * it in its worker thread while Vite bundles (`src/integrations/build-worker.ts`); the dev server
 * in-process (`src/data/site-data.ts`). `listFor` names the pages this build writes (its shard's):
 * only theirs are listed, from terms counted over all.
 */
export interface SiteData {
  related: Map<string, RelatedError[]>;
  /** Each page's wordings (signature and variants) and descriptions, encoded (`encodeWordings`). */
  wordings: Map<string, { wordings: string; descriptions: string }>;
  /** Terms the browser does not send to Pagefind (see `src/lib/common-terms.ts`). */
  commonTerms: string[];
}

export interface SitePage {
  slug: string;
  data: ErrorPage;
}

/**
 * What a page says about its error in words rather than error text: its title and summary, which
 * writers word to tell siblings apart ("session at 100% with no activity", "rises while idle"), and
 * its symptoms, in reporters' words. A prose paste is compared with these.
 */
const descriptions = (data: ErrorPage) => [data.title, data.summary, ...data.symptoms.map((s) => s.text)];

export function siteData(
  pages: readonly SitePage[],
  categoryTitles: Readonly<Record<string, string>>,
  listFor: (slug: string) => boolean = () => true,
): SiteData {
  // One IDF over wordings and descriptions, so a term weighs the same in either (see `src/lib/search/rank.ts`).
  const terms = wordingTerms(
    pages.map(({ slug, data }) => ({ slug, wordings: [data.signature, ...data.variants, ...descriptions(data)] })),
  );
  return {
    related: relatedErrors(
      pages.map((p) => ({ slug: p.slug, ...p.data })),
      { listFor },
    ),
    wordings: new Map(
      pages
        .filter((p) => listFor(p.slug))
        .map(({ slug, data }) => {
          const all = terms.get(slug)!;
          const count = 1 + data.variants.length;
          return [slug, { wordings: encodeWordings(all.slice(0, count)), descriptions: encodeWordings(all.slice(count)) }];
        }),
    ),
    // From the text each page has in the index.
    commonTerms: commonTerms(
      pages.map(({ data }) => errorTerms(indexedText({ ...data, categoryTitle: categoryTitles[data.category]! }).join('\n'))),
    ),
  };
}
