/**
 * The search page's first script: an inline classic script at the top of its head, which the
 * browser runs as soon as it parses it, where module scripts wait until the whole page is parsed.
 * It starts the search worker (its thread, its script, then Pagefind's runtime and index, the
 * slowest steps of a search) that much earlier; `siteSearch` takes the worker over
 * (`adoptEarlyWorker`). Plain text, so the page can hash it for its CSP (`search.astro`).
 * It reads the worker's URL and name from its own `data-url` and `data-name`.
 */
const GLOBAL = 'earlySearchWorker';

export const earlyWorkerScript =
  `(()=>{const d=document.currentScript.dataset,w=new Worker(d.url,{type:'module',name:d.name});` +
  // A worker whose script failed before anyone listened is dropped: `siteSearch` starts its own and reports.
  `w.onerror=()=>{if(self.${GLOBAL}===w)delete self.${GLOBAL}};self.${GLOBAL}=w})()`;

/** The worker the page's first script started, once: the caller owns it from now on. */
export function adoptEarlyWorker(): Worker | undefined {
  const holder = self as { [GLOBAL]?: Worker };
  const worker = holder[GLOBAL];
  delete holder[GLOBAL];
  return worker;
}
