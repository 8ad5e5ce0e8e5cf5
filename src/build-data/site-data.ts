import type { ErrorPage } from '../schema/error-page.ts';
import type { SiteTermStats } from '../lib/common-terms.ts';
import { relatedErrors, type RelatedError } from '../lib/related-errors.ts';
import { indexTermStats } from '../lib/search/index-records.ts';

/**
 * What error pages need to know about all the others, computed once per build from every
 * published page's frontmatter: their related errors, and the site's term statistics the browser
 * searches with (`/search-stats.json`). A build computes it in its worker thread while Vite
 * bundles (`src/integrations/build-worker.ts`); the dev server in-process (`src/data/site-data.ts`).
 * `listFor` names the pages this build writes (its shard's): only theirs are listed, from terms
 * counted over all. The pages' search data (wordings, descriptions) goes into the index with their
 * records (`src/lib/search/index-records.ts`), not into their HTML.
 */
export interface SiteData {
  related: Map<string, RelatedError[]>;
  /** Common and frequent terms, from the text each page has in the index (`siteTermStats`). */
  termStats: SiteTermStats;
}

export interface SitePage {
  slug: string;
  data: ErrorPage;
}

export function siteData(
  pages: readonly SitePage[],
  categoryTitles: Readonly<Record<string, string>>,
  listFor: (slug: string) => boolean = () => true,
): SiteData {
  return {
    related: relatedErrors(
      pages.map((p) => ({ slug: p.slug, ...p.data })),
      { listFor },
    ),
    termStats: indexTermStats(pages, categoryTitles),
  };
}
