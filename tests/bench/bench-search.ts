/**
 * `npm run bench:search [-- --set path/to/set.json] [--half even|odd] [--cold] [--one-line] [--verbose]`: runs every
 * pasted error of a set through the real search page of the built site in Chromium and prints
 * top-1, top-3, the share of uncovered errors not marked strong, and the median time from
 * navigation to results, overall and per `kind` of case. `--half` keeps the even- or
 * odd-indexed cases only (develop on one half, check on the other). The search worker outlives
 * each page, so after the first paste Pagefind is loaded when a page opens; `--cold` takes
 * `SharedWorker` away, so each page starts a worker of its own. `--one-line` searches each paste
 * with its line breaks turned into spaces, as pasting it into the search box does. Default set:
 * ../shared/search-dev-set.json. Needs `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { asOneLine } from '../../src/lib/search/shareable-query.ts';
import { launchChromium } from '../support/browser.ts';
import { noteSearchDone, timedSearches } from '../support/search-done.ts';
import { withoutSharedWorkers } from '../support/search-workers.ts';
import { serveStatic } from '../support/static-server.ts';
import { expectedSlug, summarize, type Case, type Outcome } from './search-scores.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: '../shared/search-dev-set.json' },
    half: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
    'one-line': { type: 'boolean', default: false },
  },
});
const all: Case[] = JSON.parse(readFileSync(values.set!, 'utf8')).cases;
const parity = { even: 0, odd: 1 }[values.half ?? ''];
const picked = parity === undefined ? all : all.filter((_, i) => i % 2 === parity);
const cases = values['one-line'] ? picked.map((c) => ({ ...c, text: asOneLine(c.text) })) : picked;

const server = await serveStatic('dist', 0);
const browser = await launchChromium();
const page = await browser.newPage();
await noteSearchDone(page);
if (values.cold) await withoutSharedWorkers(page);
// A case with `expect_next` counts as that page's once the built site has it.
const built = (slug: string) => existsSync(join('dist', 'errors', slug, 'index.html'));

const outcomes: Outcome[] = [];
try {
  for await (const [c, ms] of timedSearches(page, server.url, cases)) {
    const match = await page.getAttribute('[data-search-results]', 'data-match');
    const results = await page.$$eval('a[data-search-result]', (as) =>
      as.map((a) => ({
        slug: new URL((a as HTMLAnchorElement).href).pathname.split('/').filter(Boolean).pop()!,
        score: (a as HTMLElement).dataset.score,
      })),
    );
    const outcome = { case: c, expect: expectedSlug(c, built), match, slugs: results.map((r) => r.slug), ms };
    outcomes.push(outcome);
    if (values.verbose) {
      const ok = outcome.expect === null ? match !== 'strong' : outcome.slugs[0] === outcome.expect;
      const top = results.slice(0, 2).map((r) => `${r.slug} (${r.score})`);
      console.log(`${ok ? '✓' : '✗'} ${c.kind ?? '-'} ${match} ${outcome.expect} → ${top.join(', ')}`);
    }
  }
} finally {
  await browser.close();
  server.server.close();
}
const { lines, failures, json } = summarize(outcomes);
if (values.verbose || failures.length) console.log(failures.map((f) => `  ✗ ${f}`).join('\n'));
console.log(lines.join('\n'));
console.log(JSON.stringify({ half: values.half ?? 'all', ...json }));
