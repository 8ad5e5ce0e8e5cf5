/**
 * `npm run bench:mcp [-- --site dist] [-- --set path/to/set.json]`: the `lookup_error` search
 * outside the browser, with its two possible retrievals, each in a fresh Node process: Pagefind's
 * own runtime over the built index (what `npm run mcp` uses) and the JSON twins loaded whole
 * (`mcp/twin-index.ts`). Prints start-up time, memory, time per lookup, top-1 on the set and how
 * often each agrees with the search page's ranking (Pagefind's). Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { answerQuery, siteStats, type PublishedStats } from '../../src/lib/search/answer-query.ts';
import { lookupAnswer } from '../../src/lib/agents/lookup-answer.ts';
import { pagefindInNode } from '../../src/mcp/pagefind-node.ts';
import { openSite, siteJson } from '../../src/mcp/site-files.ts';
import { twinIndex } from './mcp/twin-index.ts';
import { median } from './median.ts';

interface Case {
  expect: string | null;
  text: string;
}

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    set: { type: 'string', default: '../shared/search-dev-set.json' },
    mode: { type: 'string' },
  },
});
const cases: Case[] = JSON.parse(readFileSync(values.set!, 'utf8')).cases;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

if (values.mode) {
  // One retrieval, measured in this process.
  const started = performance.now();
  const root = openSite(values.site!);
  const stats = siteStats(await siteJson<PublishedStats>(root, 'search-stats.json'));
  const index = values.mode === 'twins' ? await twinIndex(root) : await pagefindInNode(root);
  const startup = performance.now() - started;
  const rssReady = process.memoryUsage().rss;
  const times: number[] = [];
  const tops: Array<string | null> = [];
  for (const c of cases) {
    const t = performance.now();
    const answer = lookupAnswer(await answerQuery(c.text, index, stats), new URL('http://x/'));
    times.push(performance.now() - t);
    tops.push(answer.pages[0]?.url.split('/').at(-2) ?? null);
  }
  console.log(JSON.stringify({ startup, rssReady, maxRss: process.resourceUsage().maxRSS * 1024, times, tops }));
} else {
  const run = (mode: string) => {
    const r = spawnSync(process.execPath, [import.meta.filename, '--mode', mode, '--site', values.site!, '--set', values.set!], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as {
      startup: number;
      rssReady: number;
      maxRss: number;
      times: number[];
      tops: Array<string | null>;
    };
  };
  const results = { pagefind: run('pagefind'), twins: run('twins') };
  const covered = cases.filter((c) => c.expect !== null);
  const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
  console.log(`${cases.length} pastes (${covered.length} covered), site ${values.site}`);
  console.log('retrieval | start-up | RSS ready | peak RSS | lookup median | p95 | top-1 (covered) | same top page as Pagefind');
  for (const [mode, r] of Object.entries(results)) {
    const top1 = cases.filter((c, i) => c.expect !== null && r.tops[i] === c.expect).length;
    const same = r.tops.filter((t, i) => t === results.pagefind.tops[i]).length;
    console.log(
      `${mode} | ${r.startup.toFixed(0)} ms | ${mb(r.rssReady)} | ${mb(r.maxRss)} | ${median(r.times).toFixed(1)} ms | ${p95(r.times).toFixed(1)} ms | ${((100 * top1) / covered.length).toFixed(1)}% | ${((100 * same) / cases.length).toFixed(1)}%`,
    );
  }
}
