import type { Run } from './timed-build.ts';

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

/** What the build's main thread did during a stage: CPU seconds, and seconds it was ready to run but waited for a core. */
export interface ThreadTime {
  ran: number;
  waited: number;
}

type Stage = [stage: string, seconds: number, peakMb?: number | undefined, thread?: ThreadTime | undefined];

/** [stage, seconds, peak MB during it, the main thread's time in it]; then durations integrations log themselves. */
export function stages(run: Run): Stage[] {
  const result: Stage[] = [];
  const peak = (from: number, to: number) => {
    const inside = run.samples.filter(([t]) => t > from - 0.1 && t <= to).map(([, mb]) => mb);
    return inside.length ? Math.round(Math.max(...inside)) : undefined; // too short to sample
  };
  const threadAt = (t: number) => run.thread.findLast(([at]) => at <= t) ?? run.thread.find(([at]) => at > t);
  const threadTime = (from: number, to: number): ThreadTime | undefined => {
    const [a, b] = [threadAt(from), threadAt(to)];
    return a && b && b[0] > a[0] ? { ran: b[1] - a[1], waited: b[2] - a[2] } : undefined;
  };
  let from = 0,
    i = 0;
  for (const [stage, re] of BOUNDARIES) {
    // Searching on from the last boundary skips the build-info "Completed" line before the routes'.
    const j = run.events.findIndex((e, k) => k >= i && re.test(e.line));
    if (j < 0) continue;
    result.push([stage, run.events[j]!.t - from, peak(from, run.events[j]!.t), threadTime(from, run.events[j]!.t)]);
    from = run.events[j]!.t;
    i = j;
  }
  // When killed, name the last thing Astro said (route lines and warning boxes skipped): that is where it hung.
  const last = run.events
    .findLast((e) => e.line.trim() && !/[│╭╰─├└]|\[WARN\]|Help:/.test(e.line))
    ?.line.replace(/^\d\d:\d\d:\d\d /, '')
    .trim()
    .slice(0, 90);
  result.push([run.killed ? `(killed: ${run.killed}; last log line: "${last}")` : 'exit', run.seconds - from, peak(from, run.seconds)]);
  // "[error-kb:pagefind-index] indexed 212 pages in 947 ms"
  for (const { line } of run.events) {
    const m = /\[([\w:-]+)\] (.*) in (\d+) ms\s*$/.exec(line);
    if (m) result.push([`  ${m[1]}: ${m[2]}`, Number(m[3]) / 1000]);
  }
  return result;
}

export function report(title: string, run: Run): void {
  const warnings = run.events.filter((e) => /\[WARN\]/.test(e.line)).length;
  console.log(
    `\n${title}: ${run.seconds.toFixed(1)} s (CPU ${run.cpuS.toFixed(1)} s), peak RSS ${Math.round(run.peakMb)} MB, exit ${run.code}, ${warnings} warnings, load ${run.load.map((l) => l.toFixed(1)).join('→')} (log: ${run.log})`,
  );
  for (const [stage, s, mb, thread] of stages(run))
    console.log(
      `  ${stage.padEnd(48)} ${s.toFixed(2).padStart(8)} s${mb === undefined ? '' : `  peak ${String(mb).padStart(5)} MB`}${thread ? `  main thread ran ${thread.ran.toFixed(1)} s, waited ${thread.waited.toFixed(1)} s` : ''}`,
    );
  if (run.code !== 0 && !run.killed)
    throw new Error(
      `${title} failed:\n${run.events
        .slice(-30)
        .map((e) => e.line)
        .join('\n')}`,
    );
}
