/** mulberry32: tiny, fast, and good enough for picking words. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const sample = <T>(xs: readonly T[], k: number): T[] =>
    [...xs]
      .map((x) => [next(), x] as const)
      .sort((p, q) => p[0] - q[0])
      .slice(0, k)
      .map(([, x]) => x);
  return { next, int, pick, sample, chance: (p: number) => next() < p };
}
export type Rng = ReturnType<typeof rng>;
