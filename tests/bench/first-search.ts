import { launchChromium } from '../support/browser.ts';
import { noteSearchDone, searchDoneAt } from '../support/search-done.ts';
import { searchWorkers } from '../support/search-workers.ts';
import { serveStatic } from '../support/static-server.ts';

/** One request of the search page, as DevTools' network panel lists it. */
export interface Request {
  /** Path from the site root, query string included. */
  path: string;
  /** Bytes over the wire (compressed as served; 0 from the cache). */
  kb: number;
  /** Start and end, ms from navigation start. */
  start: number;
  end: number;
}

export interface FirstSearch {
  /** Navigation start → results marked done, in the page's clock. */
  ms: number;
  /** Everything the search page transferred (page, Pagefind runtime, index, fragments), compressed as served. */
  transferKb: number;
  /** Of that, what Pagefind fetched. */
  pagefindKb: number;
  match: string | null;
  /** The first result's slug (last segment of its URL). */
  top: string | undefined;
  /** Every request of the search page and its worker, in the order they started. */
  requests: Request[];
}

/**
 * A new visitor's first search on a built site: they arrive on the home page with an
 * empty browser cache, then search one paste through `/search/?q=`. Says how long the
 * search page took to show results and how many bytes it and its search worker transferred
 * (the search runtime and index were never loaded before), and lists their requests.
 */
export async function measureFirstSearch(dist: string, query: string, port = 0): Promise<FirstSearch> {
  const server = await serveStatic(dist, port);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await noteSearchDone(page);
    await page.goto(server.url, { waitUntil: 'load' });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    const ms = await searchDoneAt(page, 60_000);
    // The page's requests and its search worker's (Pagefind runs there), on the page's clock.
    const timings = () => ({
      origin: performance.timeOrigin,
      entries: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
        const { name, transferSize, startTime, responseEnd } = e as PerformanceResourceTiming;
        return { name, transferSize, startTime, responseEnd };
      }),
    });
    const [own, ...workers] = await Promise.all([page.evaluate(timings), ...(await searchWorkers(page)).map((w) => w.evaluate(timings))]);
    const entries = [own, ...workers]
      .flatMap(({ origin, entries }) => entries.map((e) => ({ ...e, offset: origin - own!.origin })))
      .sort((a, b) => a.startTime + a.offset - (b.startTime + b.offset));
    const kb = (list: typeof entries) => Math.round(list.reduce((sum, e) => sum + e.transferSize, 0) / 1024);
    const result = await page.evaluate(() => {
      const top = document.querySelector<HTMLAnchorElement>('a[data-search-result]');
      return {
        match: document.querySelector('[data-search-results]')!.getAttribute('data-match'),
        top: top ? new URL(top.href).pathname.split('/').filter(Boolean).pop() : undefined,
      };
    });
    return {
      ms: Math.round(ms),
      transferKb: kb(entries),
      pagefindKb: kb(entries.filter((e) => e.name.includes('/pagefind/'))),
      ...result,
      requests: entries.map((e) => {
        const url = new URL(e.name);
        return {
          path: url.pathname + url.search,
          kb: Math.round(e.transferSize / 102.4) / 10,
          start: Math.round(e.startTime + e.offset),
          end: Math.round(e.responseEnd + e.offset),
        };
      }),
    };
  } finally {
    await browser.close();
    server.server.close();
  }
}

/** The request list as lines: start → end, KB, path. */
export function requestLines(requests: readonly Request[]): string[] {
  return requests.map(
    (r) => `    ${String(r.start).padStart(5)} → ${String(r.end).padStart(5)} ms ${r.kb.toFixed(1).padStart(7)} KB  ${r.path}`,
  );
}
