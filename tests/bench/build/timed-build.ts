import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { treeUsage } from './process-tree.ts';

/** A build to run: `astroBuild()` of `tests/support/build-site.ts`, or the floor project's. */
export interface BuildCommand {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** `samples`: [seconds, MB] every 100 ms, for per-stage peaks. `load`: 1-minute load average before and after, since other work on the machine skews timings. */
export interface Run {
  seconds: number;
  peakMb: number;
  /** CPU seconds of the build and its helpers (to the last 100 ms sample): a figure the machine's other work hardly moves. */
  cpuS: number;
  samples: Array<[number, number]>;
  /**
   * [seconds, CPU seconds, seconds waiting for a CPU] of the build's main thread (Astro's, which bundles, runs
   * every getStaticPaths and renders every page), every 100 ms, from `/proc/<pid>/task/<pid>/schedstat` (Linux; empty
   * elsewhere): how much of a stage the thread worked and how much it was ready but another thread had the core.
   */
  thread: Array<[number, number, number]>;
  code: number | null;
  killed?: string;
  events: Array<{ t: number; line: string }>;
  log: string;
  load: [number, number];
}

export interface Limits {
  maxRssMb: number;
  timeoutS: number;
}

/**
 * Runs `astro build`, timestamping each output line on arrival and polling RSS every 100 ms.
 * Past the limits the build's process group is killed: a shared machine should not swap or
 * OOM because of a benchmark, and a partial stage table still says where the time went.
 */
export function timedBuild(label: string, { command, args, cwd, env }: BuildCommand, logDir: string, limits: Limits): Promise<Run> {
  const log = join(logDir, `${label}.log`);
  writeFileSync(log, '');
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const loadBefore = loadavg()[0]!;
  const child = spawn(command, args, { cwd, detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const events: Run['events'] = [];
  const samples: Run['samples'] = [];
  const thread: Run['thread'] = [];
  let killed: string | undefined;
  let cpuS = 0;
  const poll = setInterval(() => {
    const usage = treeUsage(child.pid!);
    const mb = usage.rssMb;
    cpuS = Math.max(cpuS, usage.cpuS);
    samples.push([elapsed(), mb]);
    try {
      const [ran, waited] = readFileSync(`/proc/${child.pid}/task/${child.pid}/schedstat`, 'utf8').split(' ').map(Number);
      thread.push([elapsed(), ran! / 1e9, waited! / 1e9]);
    } catch {
      /* not Linux, or the build has ended */
    }
    killed ??=
      mb > limits.maxRssMb
        ? `RSS ${Math.round(mb)} MB over --max-rss-mb ${limits.maxRssMb}`
        : elapsed() > limits.timeoutS
          ? `still running after --timeout ${limits.timeoutS} s`
          : undefined;
    if (killed)
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
  }, 100);
  const collect = (chunk: Buffer, rest: { s: string }) => {
    const t = elapsed();
    appendFileSync(log, chunk);
    const lines = (rest.s + chunk.toString()).split('\n');
    rest.s = lines.pop()!;
    for (const line of lines) events.push({ t, line: line.replace(/\u001b\[[0-9;]*m/g, '') });
  };
  const out = { s: '' },
    err = { s: '' };
  child.stdout.on('data', (c: Buffer) => collect(c, out));
  child.stderr.on('data', (c: Buffer) => collect(c, err));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll);
      const peakMb = Math.max(0, ...samples.map(([, mb]) => mb));
      resolve({
        seconds: elapsed(),
        peakMb,
        cpuS,
        samples,
        thread,
        code,
        ...(killed && { killed }),
        events,
        log,
        load: [loadBefore, loadavg()[0]!],
      });
    });
  });
}
