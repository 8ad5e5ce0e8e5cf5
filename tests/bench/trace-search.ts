/**
 * `npm run bench:trace [-- --set file] [--pastes N] [--dist dir] [--cold]`: where a returning
 * visitor's navigation → results goes, phase by phase, on the built site in Chromium. For N pastes
 * of the set (spread over it), each a fresh navigation with the HTTP cache warm (as `bench:search`),
 * it reads the Performance API of the page and of its search worker (resource timings and the
 * `search:` marks the search code sets), puts them on the page's clock, and prints the median
 * time at which each step ended. The worker is shared and outlives each page, so after the first
 * navigation Pagefind is already loaded in it (a row `[in k/N]` ran in k navigations only);
 * `--cold` starts a worker on every page, as a browser without `SharedWorker` does.
 * Needs `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../support/browser.ts';
import { noteSearchDone, timedSearches } from '../support/search-done.ts';
import { searchWorkers, withoutSharedWorkers } from '../support/search-workers.ts';
import { serveStatic } from '../support/static-server.ts';
import type { Case } from './search-scores.ts';
import { median } from './median.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: '../shared/search-dev-set.json' },
    pastes: { type: 'string', default: '30' },
    dist: { type: 'string', default: 'dist' },
    cold: { type: 'boolean', default: false },
  },
});
const all: Case[] = JSON.parse(readFileSync(values.set!, 'utf8')).cases;
const n = Math.min(Number(values.pastes), all.length);
const pastes = Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!);

type Entry = { name: string; type: string; start: number; end: number };
/** Runs in the page and in its worker: their entries, on their own clock, with that clock's origin. */
const timings = () => ({
  origin: performance.timeOrigin,
  entries: [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
    ...performance.getEntriesByType('mark'),
  ].map((e) => {
    const r = e as PerformanceResourceTiming & PerformanceNavigationTiming;
    const end = r.entryType === 'navigation' ? r.domContentLoadedEventEnd : (r.responseEnd ?? e.startTime + e.duration);
    return { name: e.name, type: e.entryType, start: e.startTime, end: end || e.startTime + e.duration };
  }),
});

/** A short label for an entry: marks by name, resources by path (hashes and query strings cut). */
const label = (e: Entry): string => {
  if (e.type === 'navigation') return 'html → DOMContentLoaded';
  if (e.type !== 'resource') return e.name;
  const [who, url] = e.name.startsWith('worker ') ? ['worker: ', e.name.slice(7)] : ['', e.name];
  return who + resourceLabel(url);
};
const resourceLabel = (url: string): string => {
  const path = new URL(url).pathname.replace(/[._-][A-Za-z0-9_-]{8}\.js$/, '.js');
  if (path.includes('/pagefind/index/')) return 'pagefind index chunk';
  if (path.includes('/pagefind/fragment/')) return 'pagefind fragment';
  return path.replace(/^.*\/_astro\//, '_astro/');
};

const server = await serveStatic(values.dist!, 0);
const browser = await launchChromium();
const page = await browser.newPage();
await noteSearchDone(page);
if (values.cold) await withoutSharedWorkers(page);
const rows = new Map<string, { starts: number[]; ends: number[]; count: number }>();
const done: number[] = [];
try {
  for await (const [, ms] of timedSearches(page, server.url, pastes)) {
    done.push(ms);
    const handles = await searchWorkers(page);
    const [own, ...workers] = await Promise.all([page.evaluate(timings), ...handles.map((w) => w.evaluate(timings))]);
    // A shared worker outlives the page: what it did for earlier pages is forgotten (its buffer of
    // resource timings holds only 250), and only what it did since this navigation counts.
    await Promise.all(handles.map((w) => w.evaluate(() => (performance.clearResourceTimings(), performance.clearMarks()))));
    // The worker's requests keep their own rows: the page's preloads of the same files are other requests.
    const entries = [own!, ...workers].flatMap(({ origin, entries }, i) =>
      entries
        .map((e) => ({
          ...e,
          name: i > 0 && e.type === 'resource' ? `worker ${e.name}` : e.name,
          start: e.start + origin - own!.origin,
          end: e.end + origin - own!.origin,
        }))
        .filter((e) => e.start >= 0),
    );
    const created = workers[0] && workers[0].origin - own!.origin;
    if (created !== undefined && created >= 0) entries.push({ name: 'worker created', type: 'mark', start: created, end: created });
    // Per navigation, the first start and last end of each label (a phase with many requests is one row).
    const byLabel = new Map<string, { start: number; end: number; count: number }>();
    for (const e of entries) {
      const seen = byLabel.get(label(e));
      byLabel.set(
        label(e),
        seen ? { start: Math.min(seen.start, e.start), end: Math.max(seen.end, e.end), count: seen.count + 1 } : { ...e, count: 1 },
      );
    }
    for (const [key, { start, end, count }] of byLabel) {
      const row = rows.get(key) ?? rows.set(key, { starts: [], ends: [], count: 0 }).get(key)!;
      row.starts.push(start);
      row.ends.push(end);
      row.count += count;
    }
  }
} finally {
  await browser.close();
  server.server.close();
}
console.log(
  `${n} navigations, median navigation → results ${Math.round(median(done))} ms; per step, median start → end (ms from navigation start):`,
);
for (const [key, row] of [...rows].sort((a, b) => median(a[1].ends) - median(b[1].ends)))
  console.log(
    `  ${String(Math.round(median(row.starts))).padStart(5)} → ${String(Math.round(median(row.ends))).padStart(5)}  ${key}${row.count > row.starts.length ? ` (×${(row.count / row.starts.length).toFixed(1)})` : ''}${row.starts.length < n ? ` [in ${row.starts.length}/${n}]` : ''}`,
  );
