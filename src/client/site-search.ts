import type { SearchOutcome } from '../lib/search/answer-query';
import { adoptEarlyWorker, startSearchWorker, workerPort, type SearchWorker } from './early-search-worker';
import searchWorkerUrl from './search-worker.ts?worker&url';
import { SearchUnavailable } from './pagefind';

type SiteSearch = { search(query: string): Promise<SearchOutcome>; warm(): void };

/** The query of a shared search (`/search/?q=…`). */
export const urlQuery = (): string => new URL(location.href).searchParams.get('q') ?? '';

/** The site the search worker (`search-worker.ts`) searches, from the search form's data attributes (set at build time). */
export interface SearchSite {
  base: string;
  indexTag?: string | undefined;
}

/** The worker's name carries its site (`search-worker.ts` reads it before any message arrives). */
export const workerName = (site: SearchSite): string => JSON.stringify(site);

export type SearchReply = { id: number; outcome: SearchOutcome } | { id: number; error: string; unavailable: boolean };

/**
 * One search per page, run by a worker started (or, where it is shared, found still running) on
 * first use (`warm` does that ahead of the first query), or taken over from the search page's
 * inline script (`early-search-worker.ts`). Asking again for the query last asked gets the same
 * answer, so the search page's first module can start the URL's query before the page's own
 * script asks for it.
 */
let engine: SiteSearch | undefined;

export function siteSearch(form: HTMLElement): SiteSearch {
  if (engine) return engine;
  const site: SearchSite = { base: form.dataset.base ?? '/', indexTag: form.dataset.indexTag };
  let worker: SearchWorker | undefined;
  let next = 0;
  const waiting = new Map<number, (reply: SearchReply) => void>();
  let last: { query: string; outcome: Promise<SearchOutcome> } | undefined;
  const start = () => {
    if (worker) return worker;
    worker = adoptEarlyWorker() ?? startSearchWorker(searchWorkerUrl, workerName(site));
    workerPort(worker).onmessage = ({ data }: MessageEvent<SearchReply>) => {
      waiting.get(data.id)?.(data);
      waiting.delete(data.id);
    };
    // The worker's script failed to load or run: every waiting search fails, and the next one starts a new worker.
    worker.onerror = () => {
      for (const [id, settle] of waiting) settle({ id, error: 'The search could not start.', unavailable: false });
      waiting.clear();
      worker = undefined;
    };
    return worker;
  };
  engine = {
    warm: () => void start(),
    search(query) {
      if (last?.query === query) return last.outcome;
      const outcome = new Promise<SearchOutcome>((resolve, reject) => {
        const id = ++next;
        waiting.set(id, (reply) =>
          'outcome' in reply
            ? resolve(reply.outcome)
            : reject(reply.unavailable ? new SearchUnavailable(reply.error) : new Error(reply.error)),
        );
        workerPort(start()).postMessage({ id, query });
      });
      last = { query, outcome };
      // A failed search is not remembered: asking again tries again.
      outcome.catch(() => {
        if (last?.outcome === outcome) last = undefined;
      });
      return outcome;
    },
  };
  return engine;
}
