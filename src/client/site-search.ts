import { answerQuery, type SearchOutcome } from '../lib/search/answer-query';
import { pagefindIndex } from './pagefind';

type SiteSearch = { search(query: string): Promise<SearchOutcome>; warm(): void };

/** One search per page, configured from the search form's data attributes (set at build time). */
let engine: SiteSearch | undefined;

export function siteSearch(form: HTMLElement): SiteSearch {
  if (engine) return engine;
  const index = pagefindIndex(form.dataset.base ?? '/', form.dataset.indexTag);
  const stats = {
    totalPages: Number(form.dataset.totalPages ?? 0),
    commonTerms: new Set((form.dataset.commonTerms ?? '').split(' ').filter(Boolean)),
  };
  engine = { search: (query) => answerQuery(query, index, stats), warm: index.warm };
  return engine;
}
