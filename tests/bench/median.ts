/** The middle item of `xs` by `key` (the upper one of an even count); undefined for none. */
export const middle = <T>(xs: readonly T[], key: (x: T) => number): T | undefined =>
  [...xs].sort((a, b) => key(a) - key(b))[Math.floor(xs.length / 2)];

/** The median of `xs` as the benches report it: the middle value (`middle`), NaN for none. */
export const median = (xs: readonly number[]): number => middle(xs, (x) => x) ?? NaN;
