import type { SearchIndex } from '../lib/search/answer-query.ts';
import { resultPage, type Pagefind, type PagefindResult } from '../lib/search/pagefind-api.ts';
import type { ToolVersionPatterns } from '../lib/versions/detect-versions.ts';

/**
 * The site's own Pagefind runtime (`pagefind/pagefind.js`, the file the browser loads), run in
 * Node over the site's index, as a `SearchIndex`: the same index, the same per-term searches
 * and scores, the same tool version patterns as in the browser. The runtime is loaded from its text (Node imports neither
 * http(s) modules nor, for a file, lets it find its index without `basePath`).
 */
export async function pagefindInNode(root: URL): Promise<SearchIndex> {
  const runtime = new URL('pagefind/pagefind.js', root);
  const response = await fetch(runtime);
  if (!response.ok) throw new Error(`${runtime.href}: ${response.status}: no search index here (it is written by \`npm run build\`)`);
  const source = Buffer.from(await response.arrayBuffer()).toString('base64');
  const pagefind = (await import(`data:text/javascript;base64,${source}`)) as Pagefind;
  // URLs come back relative to the site root (`/errors/<slug>/`); the caller makes them absolute.
  await pagefind.options({ basePath: new URL('pagefind/', root).href, baseUrl: '/', noWorker: true });
  await pagefind.init();
  const results = new Map<string, PagefindResult>();
  // The tool version patterns, read as the browser reads them (`src/client/pagefind.ts`); none when missing.
  const tools = fetch(new URL('tool-versions.json', root)).then(
    (r) => (r.ok ? (r.json() as Promise<ToolVersionPatterns[]>) : []),
    () => [],
  );
  return {
    toolVersions: () => tools,
    preload: async (terms) => void (await Promise.all(terms.map((t) => pagefind.preload(t)))),
    async pagesWith(term) {
      const found = (await pagefind.search(term))?.results ?? [];
      for (const r of found) results.set(r.id, r);
      return found.map((r) => ({ id: r.id, score: r.score }));
    },
    page: (id) => resultPage(results.get(id)!),
  };
}
