import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds a `/proc/<pid>/stat` line reports: the process's own and its reaped children's (utime, stime, cutime, cstime). */
function cpuSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14–17 of proc(5), counted after the command name; clock ticks are 100 a second on Linux.
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * RSS in MB of `pid` and all its descendants, and the CPU seconds they have used so far
 * (live ones and those already reaped), from /proc (Linux); 0 when unavailable. CPU time
 * hardly depends on what else the machine runs, unlike wall time.
 */
export function treeUsage(pid: number): { rssMb: number; cpuS: number } {
  let children = new Map<number, number[]>();
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(name));
      } catch {
        /* the process ended while we looked */
      }
    }
  } catch {
    children = new Map();
  }
  let kb = 0;
  let cpuS = 0;
  for (const stack = [pid]; stack.length;) {
    const p = stack.pop()!;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      cpuS += cpuSeconds(readFileSync(`/proc/${p}/stat`, 'utf8'));
    } catch {
      /* ended */
    }
    stack.push(...(children.get(p) ?? []));
  }
  return { rssMb: kb / 1024, cpuS };
}
