/**
 * `npm run bench -- --pages N [--shards K] [--rebuild] [--seed S] [--keep] [--timeout S] [--max-rss-mb MB]`: how the build scales.
 * Generates N synthetic pages (tests/bench/generate/) in a temp folder, then times
 * (a) our real build of them (KB_CONTENT_DIR) and (b) the floor: a bare Astro + MDX project
 * (tests/bench/floor/) rendering the same files with no schema, no integrations and a one-line
 * layout. The ratio says how much our own work (checks, related errors, Pagefind, cards, layout)
 * costs on top of what Astro needs anyway. Peak RSS sums the build process and all its descendants
 * (Pagefind and other helpers are separate processes). A build past --timeout (default 3600 s)
 * or --max-rss-mb (default 70% of RAM) is killed and reported as incomplete. `--rebuild` edits
 * one page and builds again. After the main build, one pasted error is searched in Chromium
 * with an empty cache (time, bytes transferred and each request). `--shards K` then builds the same pages as
 * K shards, one after the other (each alone on the machine, as on its own CI runner; cards
 * drawn cold), merges them, and compares the merged site with the single build byte for byte.
 * Logs stay in the temp folder. The last line is one JSON object.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from '../../src/content/frontmatter.ts';
import { ASTRO, astroBuild, buildCachesCleanup, ROOT } from '../support/build-site.ts';
import { report, stages } from './build/stages.ts';
import { timedBuild, type BuildCommand, type Limits, type Run } from './build/timed-build.ts';
import { measureFirstSearch, requestLines, type FirstSearch } from './first-search.ts';
import { outputSize } from './build/output-size.ts';
import { differingFiles, mergeCommand, shardBuild } from '../support/sharded-build.ts';
import { generatePages } from './generate/generate-pages.ts';
import { median, middle } from './median.ts';

/** The floor project (tests/bench/floor/) copied to `dir`, building the pages in `errorsDir`; node_modules is borrowed, not installed. */
function floorBuild(dir: string, errorsDir: string): BuildCommand {
  cpSync(join(ROOT, 'tests/bench/floor'), dir, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // outDir inside the floor project (its cwd), for the same reason as the main build's.
  return {
    command: process.execPath,
    args: [ASTRO, 'build', '--outDir', join(dir, 'dist')],
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FLOOR_ERRORS_DIR: errorsDir },
  };
}

/** New visitors whose first search is timed; the median is reported. */
const FIRST_SEARCH_VISITS = 5;

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    rebuild: { type: 'boolean', default: false },
    shards: { type: 'string', default: '0' },
    'render-pairs': { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'max-rss-mb': { type: 'string', default: String(Math.round((totalmem() / 2 ** 20) * 0.7)) },
    timeout: { type: 'string', default: '3600' },
  },
});
const pages = Number(values.pages);
const shardCount = Number(values.shards);
const limits: Limits = { maxRssMb: Number(values['max-rss-mb']), timeoutS: Number(values.timeout) };
const tmp = mkdtempSync(join(tmpdir(), `kb-bench-${pages}-`));
const content = join(tmp, 'content');
const logs = join(tmp, 'logs');
mkdirSync(logs);
// The main build runs from the temp folder (see `SiteBuild.cwd` in tests/support/build-site.ts).
const mainBuild = astroBuild({ outDir: join(tmp, 'dist'), contentDir: content, cwd: tmp });
// Astro's caches for this content folder (and its shards) and the cards drawn for it are ours to remove afterwards.
const cleanup = buildCachesCleanup(content, { shards: shardCount });
const dropNewCards = buildCachesCleanup();

try {
  const t = performance.now();
  generatePages({ count: pages, seed: Number(values.seed), dir: content });
  console.log(`generated ${pages} pages in ${((performance.now() - t) / 1000).toFixed(1)} s → ${content}`);

  const main = await timedBuild('main', mainBuild, logs, limits);
  report(`main build (${pages} pages)`, main);
  let indexKb: number | null = null;
  let size: { files: number; mb: number } | undefined;
  let search: (FirstSearch & { expected: string; visitsMs: number[] }) | undefined;
  if (!main.killed) {
    const written = readdirSync(join(tmp, 'dist/errors')).length;
    indexKb = Number(execFileSync('du', ['-sk', join(tmp, 'dist/pagefind')], { encoding: 'utf8' }).split('\t')[0]);
    size = outputSize(join(tmp, 'dist'));
    console.log(`  error pages written: ${written}, Pagefind index: ${indexKb} KB, output: ${size.files} files, ${size.mb} MB`);
    // A first-time visitor pastes one page's error, with a log prefix and a stack frame around it.
    const files = readdirSync(join(content, 'errors')).sort();
    const file = files[Math.floor(files.length / 2)]!;
    const { signature } = parseFrontmatter(readFileSync(join(content, 'errors', file), 'utf8')).data as { signature: string };
    const paste = `2026-11-27T08:15:02.114Z ERROR ${signature}\n    at run (/home/dev/app/src/index.ts:42:13)`;
    // Several new visitors one after another, the median reported: one visitor's time moved by up to 2× from run to run here.
    const visits: FirstSearch[] = [];
    for (let i = 0; i < FIRST_SEARCH_VISITS; i++) visits.push(await measureFirstSearch(join(tmp, 'dist'), paste));
    search = { ...middle(visits, (v) => v.ms)!, expected: file.replace(/\.mdx?$/, ''), visitsMs: visits.map((v) => v.ms) };
    console.log(
      `  first search (empty cache; median of ${visits.length} new visitors: ${search.visitsMs.join(', ')} ms): ${search.ms} ms, ${search.transferKb} KB transferred (Pagefind ${search.pagefindKb} KB), ${search.match}, top result ${search.top === search.expected ? 'is' : 'is NOT'} the pasted page; its requests:`,
    );
    console.log(requestLines(search.requests).join('\n'));
  }

  let rebuild: Run | undefined;
  if (values.rebuild && !main.killed) {
    // One edited page, same content folder (so same Astro cache) and same outDir.
    const file = join(content, 'errors', readdirSync(join(content, 'errors')).sort()[0]!);
    appendFileSync(file, '\nThis paragraph was added by the rebuild benchmark.\n');
    rebuild = await timedBuild('rebuild', mainBuild, logs, limits);
    report(`rebuild after editing 1 page`, rebuild);
  }

  let sharded: { peakMb: number; slowestS: number; mergeS: number; mostCpuS: number; mergeCpuS: number; identical: boolean } | undefined;
  if (shardCount > 0 && !main.killed) {
    const runs: Run[] = [];
    const dirs: string[] = [];
    for (let i = 1; i <= shardCount; i++) {
      dropNewCards(); // each shard draws its cards cold, as on a fresh runner
      const shard = shardBuild({ contentDir: content }, i, shardCount, join(tmp, 'shards'));
      const run = await timedBuild(`shard-${i}`, shard, logs, limits);
      report(`shard ${i}/${shardCount}`, run);
      runs.push(run);
      dirs.push(shard.outDir);
    }
    const merge = await timedBuild('merge', mergeCommand(dirs, join(tmp, 'merged'), content), logs, limits);
    report(`merge of ${shardCount} shards`, merge);
    const differing = differingFiles(join(tmp, 'dist'), join(tmp, 'merged'));
    console.log(
      `  merged output ${differing.length ? `differs from the single build in ${differing.length} files, e.g. ${differing.slice(0, 5).join(', ')}` : 'is byte-identical to the single build'}`,
    );
    sharded = {
      peakMb: Math.max(...runs.map((r) => r.peakMb)),
      slowestS: Math.max(...runs.map((r) => r.seconds)),
      mergeS: merge.seconds,
      mostCpuS: Math.max(...runs.map((r) => r.cpuS)),
      mergeCpuS: merge.cpuS,
      identical: differing.length === 0,
    };
  }

  const floorCommand = floorBuild(join(tmp, 'floor'), join(content, 'errors'));
  const floor = await timedBuild('floor', floorCommand, logs, limits);
  report(`floor: bare Astro + MDX (${pages} pages)`, floor);

  const r2 = (x: number) => Math.round(x * 100) / 100;
  // The render stage by the clock, and what Astro's thread did in it: the clock depends on the machine's other work, the thread's CPU less so.
  const render = (run: Run) => {
    const [, s, , thread] = stages(run).find(([k]) => k === 'render static routes') ?? [];
    return s === undefined ? null : { s: r2(s), ...(thread && { thread_s: r2(thread.ran), waited_s: r2(thread.waited) }) };
  };
  // One pair's render ratio moved by ±15% here with nothing changed (README, "Scale"): with `--render-pairs K`,
  // K − 1 more pairs are built, ours then the floor's as in the first, and the medians of each compared.
  // Each pair also says what Astro's thread ran: a pair whose thread ran much longer than the others' shared the machine.
  type Render = NonNullable<ReturnType<typeof render>>;
  const pairs: Array<[ours: Render, floor: Render]> = [];
  const addPair = (ours: Render | null, theirs: Render | null) => {
    if (ours && theirs) pairs.push([ours, theirs]);
    console.log(
      `render pair ${pairs.length}: ${ours?.s ?? '?'} s (thread ran ${ours?.thread_s ?? '?'} s) against the floor's ${theirs?.s ?? '?'} s (${theirs?.thread_s ?? '?'} s)`,
    );
  };
  addPair(render(main), render(floor));
  for (let i = 2; i <= Number(values['render-pairs']) && pairs.length === i - 1; i++)
    addPair(
      render(await timedBuild(`main-${i}`, mainBuild, logs, limits)),
      render(await timedBuild(`floor-${i}`, floorCommand, logs, limits)),
    );
  // A killed build has no total time: null, with the reason, rather than a misleading number.
  const seconds = (run: Run) => (run.killed ? null : r2(run.seconds));
  console.log(
    JSON.stringify({
      pages,
      build_s: seconds(main),
      floor_s: seconds(floor),
      ratio: main.killed || floor.killed ? null : r2(main.seconds / floor.seconds),
      cpu_s: r2(main.cpuS),
      floor_cpu_s: r2(floor.cpuS),
      cpu_ratio: main.killed || floor.killed ? null : r2(main.cpuS / floor.cpuS),
      render: render(main),
      floor_render: render(floor),
      ...(pairs.length > 1 && {
        render_pairs: pairs.map(([o, f]) => [o.s, f.s]),
        render_pairs_thread_s: pairs.map(([o, f]) => [o.thread_s ?? null, f.thread_s ?? null]),
        render_median_s: median(pairs.map(([o]) => o.s)),
        floor_render_median_s: median(pairs.map(([, f]) => f.s)),
        render_median_ratio: r2(median(pairs.map(([o]) => o.s)) / median(pairs.map(([, f]) => f.s))),
      }),
      peak_rss_mb: Math.round(main.peakMb),
      floor_peak_rss_mb: Math.round(floor.peakMb),
      index_kb: indexKb,
      files: size?.files ?? null,
      dist_mb: size?.mb ?? null,
      ...(sharded && {
        shards: shardCount,
        shard_peak_rss_mb: Math.round(sharded.peakMb),
        shard_build_s: r2(sharded.slowestS),
        merge_s: r2(sharded.mergeS),
        shards_vs_single: r2((sharded.slowestS + sharded.mergeS) / main.seconds),
        // The same in CPU seconds: what the machine's other work hardly moves.
        shard_cpu_s: r2(sharded.mostCpuS),
        merge_cpu_s: r2(sharded.mergeCpuS),
        shards_vs_single_cpu: r2((sharded.mostCpuS + sharded.mergeCpuS) / main.cpuS),
        identical: sharded.identical,
      }),
      ...(search && {
        first_search_ms: search.ms,
        first_search_visits_ms: search.visitsMs,
        first_search_kb: search.transferKb,
        first_search_pagefind_kb: search.pagefindKb,
        first_search_found: search.top === search.expected,
      }),
      ...(rebuild && { rebuild_s: seconds(rebuild), rebuild_ratio: rebuild.killed ? null : r2(rebuild.seconds / main.seconds) }),
      ...((main.killed || floor.killed) && {
        incomplete: [main.killed && `main: ${main.killed}`, floor.killed && `floor: ${floor.killed}`].filter(Boolean),
      }),
      stages: Object.fromEntries(stages(main).map(([k, v]) => [k.trim(), r2(v)])),
      stage_peak_mb: Object.fromEntries(
        stages(main)
          .filter(([, , mb]) => mb !== undefined)
          .map(([k, , mb]) => [k.trim(), mb]),
      ),
    }),
  );
} finally {
  cleanup();
  // Keep the logs (small, the evidence); drop pages and outputs unless --keep.
  if (!values.keep)
    for (const d of ['content', 'dist', 'floor', 'node_modules', 'shards', 'merged'])
      rmSync(join(tmp, d), { recursive: true, force: true });
}
