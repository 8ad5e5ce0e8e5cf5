/**
 * The search page's first script: an inline classic script at the top of its head, which the
 * browser runs as soon as it parses it, where module scripts wait until the whole page is parsed.
 * It starts the search worker (its thread, its script, then Pagefind's runtime and index, the
 * slowest steps of a search) that much earlier, or connects to the one the previous page left
 * running; `siteSearch` takes the worker over (`adoptEarlyWorker`). Plain text, so the page can
 * hash it for its CSP (`search.astro`). It reads the worker's URL and name from its own
 * `data-url` and `data-name`.
 */
const GLOBAL = 'earlySearchWorker';

/**
 * A shared worker asked to outlive its page (`extendedLifetime`, Chrome 148+, kept about as long as
 * an idle service worker: https://gist.github.com/domenic/c5bd38339f33b49120ae11b3b4af5b9b) is still
 * running, Pagefind loaded and its code compiled, when the next page connects: the search page opened
 * from a search box, the next search, the way back from a result. Every page must ask with the same
 * options, or Chrome refuses to connect it. A browser without `SharedWorker` starts a worker per
 * page. The worker's name holds the site and its index's tag, so a new index gets a new worker.
 */
const OPTIONS = { type: 'module', extendedLifetime: true } as const;

export type SearchWorker = Worker | SharedWorker;

/** The search worker at `url`, shared where the browser can (as `earlyWorkerScript` starts it). */
export const startSearchWorker = (url: string, name: string): SearchWorker =>
  typeof SharedWorker === 'function' ? new SharedWorker(url, { ...OPTIONS, name }) : new Worker(url, { ...OPTIONS, name });

/** Where a worker takes and sends messages: a shared worker's port, or the worker itself. */
export const workerPort = (worker: SearchWorker): MessagePort | Worker => ('port' in worker ? worker.port : worker);

export const earlyWorkerScript =
  `(()=>{const d=document.currentScript.dataset,o={...${JSON.stringify(OPTIONS)},name:d.name},` +
  `w=self.SharedWorker?new SharedWorker(d.url,o):new Worker(d.url,o);` +
  // A worker whose script failed before anyone listened is dropped: `siteSearch` starts its own and reports.
  `w.onerror=()=>{if(self.${GLOBAL}===w)delete self.${GLOBAL}};self.${GLOBAL}=w})()`;

/** The worker the page's first script started, once: the caller owns it from now on. */
export function adoptEarlyWorker(): SearchWorker | undefined {
  const holder = self as { [GLOBAL]?: SearchWorker };
  const worker = holder[GLOBAL];
  delete holder[GLOBAL];
  return worker;
}
