import type { SearchIndex } from '../lib/search/answer-query';
import { resultPage, type Pagefind, type PagefindResult } from '../lib/search/pagefind-api';
import type { ToolVersionPatterns } from '../lib/versions/detect-versions';

export class SearchUnavailable extends Error {}

/**
 * The site's Pagefind index as a `SearchIndex`, loaded on first use, with the tool version patterns. `baseUrl` is the
 * site's base path (Pagefind's URLs are relative to it). `warm` starts loading it ahead
 * of the first query (on focus of a search box).
 */
export function pagefindIndex(baseUrl: string, indexTag?: string): SearchIndex & { warm(): void } {
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${baseUrl}pagefind/pagefind.js`).then(
      async (pf: Pagefind) => {
        performance.mark('search:pagefind-imported'); // for tests/bench/trace-search.ts, as the marks below
        // The main thread is faster for our small per-term searches than starting Pagefind's worker.
        // The tag (`indexTag`, src/build-data/index-tag.ts: changes with the index) lets the browser cache Pagefind's entry file.
        await pf.options({ baseUrl, noWorker: true, ...(indexTag && { metaCacheTag: indexTag }) });
        await pf.init();
        return pf;
      },
      () => {
        pagefind = undefined;
        throw new SearchUnavailable(
          'The search index is missing: it is written by `npm run build`. Use `npm start` to build and serve the site with search.',
        );
      },
    ));
  // Results hand out their fragment loader; keep the latest one per page for `page()`.
  const results = new Map<string, PagefindResult>();
  // Version patterns (`/tool-versions.json`, built from content/tools.json): the verdict is optional, so none on
  // failure, and asked again next time (the worker may be shared and outlive this page).
  let tools: Promise<ToolVersionPatterns[]> | undefined;
  const toolVersions = () =>
    (tools ??= fetch(`${baseUrl}tool-versions.json`)
      .then((r) => (r.ok ? (r.json() as Promise<ToolVersionPatterns[]>) : Promise.reject(new Error(String(r.status)))))
      .catch(() => ((tools = undefined), [])));
  return {
    warm: () => {
      void load().catch(() => {});
      void toolVersions();
    },
    toolVersions,
    async preload(terms) {
      const pf = await load();
      await Promise.all(terms.map((t) => pf.preload(t)));
      performance.mark('search:chunks-loaded');
    },
    async pagesWith(term) {
      const found = (await (await load()).search(term))?.results ?? [];
      performance.mark('search:term-searched');
      for (const r of found) results.set(r.id, r);
      return found.map((r) => ({ id: r.id, score: r.score }));
    },
    page: (id) => resultPage(results.get(id)!).then((p) => (performance.mark('search:fragment-loaded'), p)),
  };
}
