/// <reference lib="webworker" />
import { answerQuery, siteStats, type PublishedStats, type SiteStats } from '../lib/search/answer-query';
import { pagefindIndex, SearchUnavailable } from './pagefind';
import type { SearchReply, SearchSite } from './site-search';

/*
 * The search, off the page's main thread: Pagefind's WebAssembly, decompression and per-term
 * searches, and our ranking, run here, so the page stays responsive while they do (Lighthouse
 * counted 40–630 ms of blocking time on /search/?q= with them on the main thread). It starts
 * loading as soon as the page creates it (the site comes in the worker's name), and where it is
 * shared it answers every page that connects, as long as it runs (`early-search-worker.ts`).
 */
performance.mark('search:worker-start'); // the search's steps are marked for tests/bench/trace-search.ts

/*
 * Pagefind's `init()` returns before its WebAssembly and metadata are ready, and every search until
 * then waits by polling every 50 ms (`getPtr` and `asyncSleep` in
 * https://github.com/CloudCannon/pagefind/blob/main/pagefind_web_js/lib/coupled_search.ts): the
 * URL's query, asked for while Pagefind loads, lost up to 50 ms that way. Nothing else in this
 * worker sets a timer, so its timers fire after at most 2 ms.
 */
const setTimer = self.setTimeout.bind(self);
self.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
  setTimer(handler, Math.min(ms ?? 0, 2), ...rest)) as typeof setTimeout;

const site = JSON.parse(self.name) as SearchSite;
const index = pagefindIndex(site.base, site.indexTag);
index.warm();
// Fetched again after a failure: a shared worker outlives the page that saw it fail (`early-search-worker.ts`).
let stats: Promise<SiteStats> | undefined;
const loadStats = () =>
  (stats ??= fetch(`${site.base}search-stats.json`)
    .then((r) => (r.ok ? (r.json() as Promise<PublishedStats>) : Promise.reject(new Error(String(r.status)))))
    .then(siteStats, () => {
      stats = undefined;
      throw new SearchUnavailable('The search statistics are missing: they are written by `npm run build`.');
    }));
loadStats().catch(() => {}); // reported to each query that needs them

/** One query's answer, or why there is none. */
async function reply({ id, query }: { id: number; query: string }): Promise<SearchReply> {
  performance.mark('search:query-received');
  try {
    const outcome = await answerQuery(query, index, await loadStats());
    performance.mark('search:answered');
    return { id, outcome };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error), unavailable: error instanceof SearchUnavailable };
  }
}

// Shared (`early-search-worker.ts`): each page that connects gets a port; a dedicated worker answers on itself.
if ('onconnect' in self)
  (self as unknown as SharedWorkerGlobalScope).onconnect = ({ ports: [port] }) => {
    port!.onmessage = async ({ data }) => port!.postMessage(await reply(data));
  };
else self.onmessage = async ({ data }) => self.postMessage(await reply(data));
