import { answerQuery, siteStats, type PublishedStats, type SearchOutcome, type SiteStats } from '../lib/search/answer-query';
import { pagefindIndex, SearchUnavailable } from './pagefind';

type SiteSearch = { search(query: string): Promise<SearchOutcome>; warm(): void };

/** One search per page, configured from the search form's data attributes (set at build time) and `/search-stats.json`. */
let engine: SiteSearch | undefined;

export function siteSearch(form: HTMLElement): SiteSearch {
  if (engine) return engine;
  const base = form.dataset.base ?? '/';
  const index = pagefindIndex(base, form.dataset.indexTag);
  let stats: Promise<SiteStats> | undefined;
  const loadStats = () =>
    (stats ??= fetch(`${base}search-stats.json`)
      .then((r) => (r.ok ? (r.json() as Promise<PublishedStats>) : Promise.reject(new Error(String(r.status)))))
      .then(siteStats, () => {
        stats = undefined;
        throw new SearchUnavailable('The search statistics are missing: they are written by `npm run build`.');
      }));
  engine = {
    search: async (query) => answerQuery(query, index, await loadStats()),
    warm: () => {
      index.warm();
      void loadStats().catch(() => {});
    },
  };
  return engine;
}
