/// <reference lib="webworker" />
import { answerQuery, siteStats, type PublishedStats } from '../lib/search/answer-query';
import { pagefindIndex, SearchUnavailable } from './pagefind';
import type { SearchReply, SearchSite } from './site-search';

/*
 * The search, off the page's main thread: Pagefind's WebAssembly, decompression and per-term
 * searches, and our ranking, run here, so the page stays responsive while they do (Lighthouse
 * counted 40–630 ms of blocking time on /search/?q= with them on the main thread). It starts
 * loading as soon as the page creates it (the site comes in the worker's name).
 */
const site = JSON.parse(self.name) as SearchSite;
const index = pagefindIndex(site.base, site.indexTag);
index.warm();
const stats = fetch(`${site.base}search-stats.json`)
  .then((r) => (r.ok ? (r.json() as Promise<PublishedStats>) : Promise.reject(new Error(String(r.status)))))
  .then(siteStats, () => {
    throw new SearchUnavailable('The search statistics are missing: they are written by `npm run build`.');
  });
stats.catch(() => {}); // reported to each query that needs them

self.onmessage = async ({ data: { id, query } }: MessageEvent<{ id: number; query: string }>) => {
  let reply: SearchReply;
  try {
    reply = { id, outcome: await answerQuery(query, index, await stats) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error), unavailable: error instanceof SearchUnavailable };
  }
  self.postMessage(reply);
};
