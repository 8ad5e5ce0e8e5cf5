/**
 * `npm run bench:search [-- --set path/to/set.json]`: runs every pasted error of a
 * set through the real search page of the built site in Chromium and prints top-1,
 * top-3, the share of uncovered errors not marked strong, and the median time from
 * navigation to results. Default set: ../shared/search-dev-set.json. Needs `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../support/browser.ts';
import { noteSearchDone, searchDoneAt } from '../support/search-done.ts';
import { serveStatic } from '../support/static-server.ts';

interface Case {
  expect: string | null;
  text: string;
  source?: string;
}

const { values } = parseArgs({
  options: { set: { type: 'string', default: '../shared/search-dev-set.json' }, verbose: { type: 'boolean', default: false } },
});
const cases: Case[] = JSON.parse(readFileSync(values.set!, 'utf8')).cases;

const server = await serveStatic('dist', 4391);
const browser = await launchChromium();
const page = await browser.newPage();
await noteSearchDone(page);

let top1 = 0,
  top3 = 0,
  covered = 0,
  uncovered = 0,
  uncoveredNotStrong = 0;
const times: number[] = [];
const failures: string[] = [];
try {
  // Warm the HTTP cache once, as a returning visitor would have it; each query is still a fresh navigation.
  await page.goto(`${server.url}search/?q=warm`);
  await searchDoneAt(page);
  for (const c of cases) {
    await page.goto(`${server.url}search/?q=${encodeURIComponent(c.text)}`);
    times.push(await searchDoneAt(page));
    const match = await page.getAttribute('[data-search-results]', 'data-match');
    const slugs = await page.$$eval('a[data-search-result]', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').filter(Boolean).pop()),
    );
    const scores = await page.$$eval('a[data-search-result]', (as) => as.map((a) => (a as HTMLElement).dataset.score));
    if (values.verbose)
      console.log(
        `${c.expect === slugs[0] ? '✓' : c.expect === null ? (match === 'strong' ? '✗' : '·') : '✗'} ${match} ${c.expect} → ${slugs
          .slice(0, 2)
          .map((s, i) => `${s} (${scores[i]})`)
          .join(', ')}`,
      );
    if (c.expect === null) {
      uncovered++;
      if (match !== 'strong') uncoveredNotStrong++;
      else failures.push(`uncovered marked strong → ${slugs[0]}: ${c.text.slice(0, 80).replace(/\s+/g, ' ')}`);
    } else {
      covered++;
      if (slugs[0] === c.expect) top1++;
      else
        failures.push(
          `expected ${c.expect}, got [${slugs.slice(0, 3).join(', ')}] (${match}): ${c.text.slice(0, 80).replace(/\s+/g, ' ')}`,
        );
      if (slugs.slice(0, 3).includes(c.expect)) top3++;
    }
  }
} finally {
  await browser.close();
  server.server.close();
}
times.sort((a, b) => a - b);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
if (values.verbose || failures.length) console.log(failures.map((f) => `  ✗ ${f}`).join('\n'));
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(`cases: ${cases.length} (${covered} covered, ${uncovered} uncovered)`);
console.log(
  `top-1: ${pct(top1, covered)}  top-3: ${pct(top3, covered)}  uncovered not strong: ${pct(uncoveredNotStrong, uncovered)}  median time to results: ${median.toFixed(0)} ms`,
);
console.log(
  JSON.stringify({
    cases: cases.length,
    top1: top1 / covered,
    top3: top3 / covered,
    uncovered_not_strong: uncovered ? uncoveredNotStrong / uncovered : null,
    median_ms: Math.round(median),
  }),
);
