/**
 * `npm run bench:lighthouse [-- --set path/to/set.json] [--pastes N] [--runs N]`: Lighthouse's
 * mobile performance audit (its default: a mid-range phone, slow 4G and a 4× slower CPU, simulated)
 * of the built site served as a host would (`public/_headers`, gzip), offline: `/search/?q=` with
 * real pastes from the set (the covered ones, spread over it) and two error pages. Prints the score
 * and the metrics behind it for each page, and Lighthouse's benchmark index of this machine (its
 * simulation scales our CPU time by it: a loaded machine scores lower). Needs `npm run build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { browserExecutable } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import type { Case } from './search-scores.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: '../shared/search-dev-set.json' },
    pastes: { type: 'string', default: '2' },
    runs: { type: 'string', default: '1' },
  },
});
const covered = (JSON.parse(readFileSync(values.set!, 'utf8')).cases as Case[]).filter((c) => c.expect);
const pastes = Array.from({ length: Number(values.pastes) }, (_, i) => covered[Math.floor((i * covered.length) / Number(values.pastes))]!);
const errorPages = readdirSync('dist/errors', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .slice(0, 2);

const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;

/** A free local port, for Chromium's DevTools protocol (Lighthouse drives the browser through it). */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const server = await serveStatic('dist', 0);
const port = await freePort();
const executablePath = process.env.CHROME_PATH ?? browserExecutable();
const chrome = await chromium.launch({
  ...(executablePath && { executablePath }),
  args: [`--remote-debugging-port=${port}`, '--no-sandbox', '--disable-gpu'],
});
const rows: Array<{ page: string; score: number; metrics: Record<string, string>; benchmarkIndex: number }> = [];
try {
  const pages = [
    ...pastes.map((c) => ({
      name: `search: ${c.text.slice(0, 50).replace(/\s+/g, ' ')}…`,
      path: `search/?q=${encodeURIComponent(c.text)}`,
    })),
    ...errorPages.map((slug) => ({ name: `error page: ${slug}`, path: `errors/${slug}/` })),
  ];
  for (const { name, path } of pages)
    for (let run = 0; run < Number(values.runs); run++) {
      const result = await lighthouse(`${server.url}${path}`, { port, onlyCategories: ['performance'], logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
      const metrics = Object.fromEntries(Object.entries(METRICS).map(([id, label]) => [label, lhr.audits[id]?.displayValue ?? '?']));
      rows.push({
        page: name,
        score: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
        metrics,
        benchmarkIndex: lhr.environment.benchmarkIndex,
      });
      console.log(
        `${String(rows.at(-1)!.score).padStart(3)}  ${Object.entries(metrics)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}  ${name}`,
      );
    }
} finally {
  await chrome.close();
  server.server.close();
}
console.log(`Lighthouse benchmark index of this machine: ${rows.map((r) => Math.round(r.benchmarkIndex)).join(', ')}`);
console.log(JSON.stringify(rows.map(({ page, score, metrics }) => ({ page, score, ...metrics }))));
