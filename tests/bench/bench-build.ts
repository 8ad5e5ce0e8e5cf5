/**
 * `npm run bench -- --pages N [--rebuild] [--seed S] [--keep] [--timeout S] [--max-rss-mb MB]`: how the build scales.
 * Generates N synthetic pages (tests/bench/generate-pages.ts) in a temp folder, then times
 * (a) our real build of them (KB_CONTENT_DIR) and (b) the floor: a bare Astro + MDX project
 * rendering the same files with no schema, no integrations and a one-line layout. The ratio
 * says how much our own work (checks, related errors, Pagefind, cards, layout) costs on top
 * of what Astro needs anyway. Peak RSS sums the build process and all its descendants
 * (Pagefind and other helpers are separate processes). A build past --timeout (default 3600 s)
 * or --max-rss-mb (default 70% of RAM) is killed and reported as incomplete. `--rebuild` edits
 * one page and builds again. After the main build, one pasted error is searched in Chromium
 * with an empty cache (time and bytes transferred). Logs stay in the temp folder. The last
 * line is one JSON object.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from '../../src/content/frontmatter.ts';
import { measureFirstSearch, type FirstSearch } from './first-search.ts';
import { generatePages } from './generate/generate-pages.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CARD_CACHE = join(ROOT, 'node_modules/.cache/error-kb-cards');

/** RSS in MB of `pid` and all its descendants, from /proc (Linux); 0 when unavailable. */
function treeRssMb(pid: number): number {
  let children = new Map<number, number[]>();
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(name));
      } catch { /* the process ended while we looked */ }
    }
  } catch {
    children = new Map();
  }
  let kb = 0;
  for (const stack = [pid]; stack.length; ) {
    const p = stack.pop()!;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch { /* ended */ }
    stack.push(...(children.get(p) ?? []));
  }
  return kb / 1024;
}

/** `samples`: [seconds, MB] every 100 ms, for per-stage peaks. `load`: 1-minute load average before and after, since other work on the machine skews timings. */
interface Run { seconds: number; peakMb: number; samples: Array<[number, number]>; code: number | null; killed?: string; events: Array<{ t: number; line: string }>; log: string; load: [number, number] }

interface Limits { maxRssMb: number; timeoutS: number }

/**
 * Runs `astro build`, timestamping each output line on arrival and polling RSS every 100 ms.
 * Past the limits the build's process group is killed: a shared machine should not swap or
 * OOM because of a benchmark, and a partial stage table still says where the time went.
 */
function build(label: string, cwd: string, args: string[], env: Record<string, string>, logDir: string, limits: Limits): Promise<Run> {
  const log = join(logDir, `${label}.log`);
  writeFileSync(log, '');
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const loadBefore = loadavg()[0]!;
  const child = spawn(process.execPath, [ASTRO, 'build', ...args], { cwd, detached: true, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const events: Run['events'] = [];
  const samples: Run['samples'] = [];
  let killed: string | undefined;
  const poll = setInterval(() => {
    const mb = treeRssMb(child.pid!);
    samples.push([elapsed(), mb]);
    killed ??= mb > limits.maxRssMb ? `RSS ${Math.round(mb)} MB over --max-rss-mb ${limits.maxRssMb}` : elapsed() > limits.timeoutS ? `still running after --timeout ${limits.timeoutS} s` : undefined;
    if (killed) try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
  }, 100);
  const collect = (chunk: Buffer, rest: { s: string }) => {
    const t = elapsed();
    appendFileSync(log, chunk);
    const lines = (rest.s + chunk.toString()).split('\n');
    rest.s = lines.pop()!;
    for (const line of lines) events.push({ t, line: line.replace(/\u001b\[[0-9;]*m/g, '') });
  };
  const out = { s: '' }, err = { s: '' };
  child.stdout.on('data', (c: Buffer) => collect(c, out));
  child.stderr.on('data', (c: Buffer) => collect(c, err));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll);
      const peakMb = Math.max(0, ...samples.map(([, mb]) => mb));
      resolve({ seconds: elapsed(), peakMb, samples, code, ...(killed && { killed }), events, log, load: [loadBefore, loadavg()[0]!] });
    });
  });
}

/** Stage boundaries in Astro's log, in order; a stage lasts from the previous boundary found to this one. */
const BOUNDARIES: Array<[stage: string, line: RegExp]> = [
  ['startup + config hooks (incl. our content check)', /\[content\] Syncing content/],
  ['content sync (load, parse, validate)', /\[content\] Synced content/],
  ['types + build info', /\[build\] Building static entrypoints/],
  ['vite bundle', /\[build\] Rearranging server assets/],
  // Astro runs every getStaticPaths (ours compute related errors, wordings…) before the first page.
  ['static paths (getStaticPaths)', /[├└]─ \//],
  ['render static routes', /✓ Completed in (?:\d+m )?[\d.]+m?s\.$/],
  ['build:done hooks (Pagefind, cards, …)', /\[build\] \d+ page\(s\) built in/],
];

/** [stage, seconds, peak MB during it]; then durations integrations log themselves. */
function stages(run: Run): Array<[string, number, (number | undefined)?]> {
  const result: Array<[string, number, (number | undefined)?]> = [];
  const peak = (from: number, to: number) => {
    const inside = run.samples.filter(([t]) => t > from - 0.1 && t <= to).map(([, mb]) => mb);
    return inside.length ? Math.round(Math.max(...inside)) : undefined; // too short to sample
  };
  let from = 0, i = 0;
  for (const [stage, re] of BOUNDARIES) {
    // Searching on from the last boundary skips the build-info "Completed" line before the routes'.
    const j = run.events.findIndex((e, k) => k >= i && re.test(e.line));
    if (j < 0) continue;
    result.push([stage, run.events[j]!.t - from, peak(from, run.events[j]!.t)]);
    from = run.events[j]!.t;
    i = j;
  }
  // When killed, name the last thing Astro said (route lines and warning boxes skipped): that is where it hung.
  const last = run.events.findLast((e) => e.line.trim() && !/[│╭╰─├└]|\[WARN\]|Help:/.test(e.line))?.line.replace(/^\d\d:\d\d:\d\d /, '').trim().slice(0, 90);
  result.push([run.killed ? `(killed: ${run.killed}; last log line: "${last}")` : 'exit', run.seconds - from, peak(from, run.seconds)]);
  // "[error-kb:pagefind-index] indexed 212 pages in 947 ms"
  for (const { line } of run.events) {
    const m = /\[([\w:-]+)\] (.*) in (\d+) ms\s*$/.exec(line);
    if (m) result.push([`  ${m[1]}: ${m[2]}`, Number(m[3]) / 1000]);
  }
  return result;
}

function report(title: string, run: Run): void {
  const warnings = run.events.filter((e) => /\[WARN\]/.test(e.line)).length;
  console.log(`\n${title}: ${run.seconds.toFixed(1)} s, peak RSS ${Math.round(run.peakMb)} MB, exit ${run.code}, ${warnings} warnings, load ${run.load.map((l) => l.toFixed(1)).join('→')} (log: ${run.log})`);
  for (const [stage, s, mb] of stages(run)) console.log(`  ${stage.padEnd(48)} ${s.toFixed(2).padStart(8)} s${mb === undefined ? '' : `  peak ${String(mb).padStart(5)} MB`}`);
  if (run.code !== 0 && !run.killed) throw new Error(`${title} failed:\n${run.events.slice(-30).map((e) => e.line).join('\n')}`);
}

/** The floor: bare Astro with MDX, the same files, no schema, a minimal page. node_modules is borrowed, not installed. */
function floorProject(dir: string, errorsDir: string): void {
  mkdirSync(join(dir, 'src/pages/errors'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "kb-floor", "private": true, "type": "module" }\n');
  // Own caches: the defaults live under node_modules, which is the main project's through the symlink.
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n\nexport default defineConfig({ integrations: [mdx()], cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' } });\n`);
  writeFileSync(join(dir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\n// No schema: the floor measures Astro itself, not validation.\nexport const collections = { errors: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(errorsDir)} }) }) };\n`);
  writeFileSync(join(dir, 'src/pages/errors/[slug].astro'), `---\nimport { getCollection, render } from 'astro:content';\n\nexport async function getStaticPaths() {\n  return (await getCollection('errors')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html><body><h1>{entry.data.title}</h1><Content/></body></html>\n`);
}

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    rebuild: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'max-rss-mb': { type: 'string', default: String(Math.round((totalmem() / 2 ** 20) * 0.7)) },
    timeout: { type: 'string', default: '3600' },
  },
});
const pages = Number(values.pages);
const limits: Limits = { maxRssMb: Number(values['max-rss-mb']), timeoutS: Number(values.timeout) };
const tmp = mkdtempSync(join(tmpdir(), `kb-bench-${pages}-`));
const content = join(tmp, 'content');
const logs = join(tmp, 'logs');
mkdirSync(logs);
// Astro puts its prerender bundle in <cwd>/.astro/.prerender when outDir is outside cwd, where
// any other build of the project with an outside outDir deletes it mid-build (seen at 10,000 pages).
// So the main build runs from the temp folder (--root points at the project), with node_modules
// linked so the bundle there still resolves packages.
symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
const mainArgs = ['--root', ROOT, '--outDir', join(tmp, 'dist')];
// The main build caches per content folder (astro.config.mjs); that cache is ours to remove afterwards.
const mainCache = join(ROOT, `node_modules/.astro-${createHash('sha1').update(content).digest('hex').slice(0, 8)}`);
// Preview cards are cached by content in a shared folder: remember what was there so we only remove what we added.
const cardsBefore = new Set(existsSync(CARD_CACHE) ? readdirSync(CARD_CACHE) : []);

try {
  const t = performance.now();
  generatePages({ count: pages, seed: Number(values.seed), dir: content });
  console.log(`generated ${pages} pages in ${((performance.now() - t) / 1000).toFixed(1)} s → ${content}`);

  const main = await build('main', tmp, mainArgs, { KB_CONTENT_DIR: content }, logs, limits);
  report(`main build (${pages} pages)`, main);
  let indexKb: number | null = null;
  let search: (FirstSearch & { expected: string }) | undefined;
  if (!main.killed) {
    const written = readdirSync(join(tmp, 'dist/errors')).length;
    indexKb = Number(execFileSync('du', ['-sk', join(tmp, 'dist/pagefind')], { encoding: 'utf8' }).split('\t')[0]);
    console.log(`  error pages written: ${written}, Pagefind index: ${indexKb} KB`);
    // A first-time visitor pastes one page's error, with a log prefix and a stack frame around it.
    const files = readdirSync(join(content, 'errors')).sort();
    const file = files[Math.floor(files.length / 2)]!;
    const { signature } = parseFrontmatter(readFileSync(join(content, 'errors', file), 'utf8')).data as { signature: string };
    const paste = `2026-11-27T08:15:02.114Z ERROR ${signature}\n    at run (/home/dev/app/src/index.ts:42:13)`;
    search = { ...(await measureFirstSearch(join(tmp, 'dist'), paste)), expected: file.replace(/\.mdx?$/, '') };
    console.log(`  first search (empty cache): ${search.ms} ms, ${search.transferKb} KB transferred (Pagefind ${search.pagefindKb} KB), ${search.match}, top result ${search.top === search.expected ? 'is' : 'is NOT'} the pasted page`);
  }

  let rebuild: Run | undefined;
  if (values.rebuild && !main.killed) {
    // One edited page, same content folder (so same Astro cache) and same outDir.
    const file = join(content, 'errors', readdirSync(join(content, 'errors')).sort()[0]!);
    appendFileSync(file, '\nThis paragraph was added by the rebuild benchmark.\n');
    rebuild = await build('rebuild', tmp, mainArgs, { KB_CONTENT_DIR: content }, logs, limits);
    report(`rebuild after editing 1 page`, rebuild);
  }

  floorProject(join(tmp, 'floor'), join(content, 'errors'));
  // outDir inside the floor project (its cwd), for the same reason as the main build's.
  const floor = await build('floor', join(tmp, 'floor'), ['--outDir', join(tmp, 'floor/dist')], {}, logs, limits);
  report(`floor: bare Astro + MDX (${pages} pages)`, floor);

  const r2 = (x: number) => Math.round(x * 100) / 100;
  // A killed build has no total time: null, with the reason, rather than a misleading number.
  const seconds = (run: Run) => (run.killed ? null : r2(run.seconds));
  console.log(JSON.stringify({
    pages,
    build_s: seconds(main),
    floor_s: seconds(floor),
    ratio: main.killed || floor.killed ? null : r2(main.seconds / floor.seconds),
    peak_rss_mb: Math.round(main.peakMb),
    floor_peak_rss_mb: Math.round(floor.peakMb),
    index_kb: indexKb,
    ...(search && { first_search_ms: search.ms, first_search_kb: search.transferKb, first_search_pagefind_kb: search.pagefindKb, first_search_found: search.top === search.expected }),
    ...(rebuild && { rebuild_s: seconds(rebuild), rebuild_ratio: rebuild.killed ? null : r2(rebuild.seconds / main.seconds) }),
    ...((main.killed || floor.killed) && { incomplete: [main.killed && `main: ${main.killed}`, floor.killed && `floor: ${floor.killed}`].filter(Boolean) }),
    stages: Object.fromEntries(stages(main).map(([k, v]) => [k.trim(), r2(v)])),
    stage_peak_mb: Object.fromEntries(stages(main).filter(([, , mb]) => mb !== undefined).map(([k, , mb]) => [k.trim(), mb])),
  }));
} finally {
  rmSync(mainCache, { recursive: true, force: true });
  if (existsSync(CARD_CACHE)) for (const f of readdirSync(CARD_CACHE)) if (!cardsBefore.has(f)) rmSync(join(CARD_CACHE, f), { recursive: true, force: true });
  // Keep the logs (small, the evidence); drop pages and outputs unless --keep.
  if (!values.keep) for (const d of ['content', 'dist', 'floor', 'node_modules']) rmSync(join(tmp, d), { recursive: true, force: true });
}
