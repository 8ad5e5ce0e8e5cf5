import { readdirSync, readFileSync } from 'node:fs';

/** RSS in MB of `pid` and all its descendants, from /proc (Linux); 0 when unavailable. */
export function treeRssMb(pid: number): number {
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
  for (const stack = [pid]; stack.length;) {
    const p = stack.pop()!;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      /* ended */
    }
    stack.push(...(children.get(p) ?? []));
  }
  return kb / 1024;
}
