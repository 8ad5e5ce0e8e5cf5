import type { SiteTermStats } from '../lib/common-terms.ts';
import { relatedErrors, type RelatedError } from '../lib/related-errors.ts';
import { indexTermStats } from '../lib/search/index-records.ts';
import { pagePrompt, twinSource, type PagePart, type SiteAddress } from '../page-files/page-files.ts';
import type { Categories } from '../schema/category.ts';
import { indexTag } from './index-tag.ts';

/**
 * What error pages need to know about all the others, and what they would otherwise compute on
 * the thread that renders them, computed once per build from every published page: their related
 * errors, their "Copy as prompt" texts, the site's term statistics the browser searches with
 * (`/search-stats.json`) and the Pagefind index's tag. A build computes it in its worker thread
 * while Vite bundles (`src/integrations/build-worker.ts`); the dev server in-process
 * (`src/data/site-data.ts`). `listFor` names the pages this build writes (its shard's): only theirs
 * are listed, from terms counted over all. The pages' search data (wordings, descriptions) goes
 * into the index with their records (`src/lib/search/index-records.ts`), not into their HTML.
 */
export interface SiteData {
  related: Map<string, RelatedError[]>;
  /** Each listed page's "Copy as prompt" text (`pagePrompt`): 0.76 s of Astro's thread at 10,000 pages when the pages made it (README, "Scale"). */
  prompts: Map<string, string>;
  /** Common and frequent terms, from the text each page has in the index (`siteTermStats`). */
  termStats: SiteTermStats;
  /** The tag the browser fetches Pagefind's entry file with (`index-tag.ts`). */
  indexTag: string;
}

export function siteData(
  pages: readonly PagePart[],
  categories: Categories,
  site: SiteAddress,
  listFor: (slug: string) => boolean = () => true,
): SiteData {
  const categoryTitles = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, c.title]));
  return {
    related: relatedErrors(
      pages.map((p) => ({ slug: p.slug, ...p.data })),
      { listFor },
    ),
    prompts: new Map(
      pages.filter((p) => listFor(p.slug)).map((p) => [p.slug, pagePrompt(twinSource(p, categoryTitles[p.data.category]!, site), site)]),
    ),
    termStats: indexTermStats(pages, categoryTitles),
    indexTag: indexTag(pages, categories),
  };
}
