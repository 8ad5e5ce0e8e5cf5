/**
 * Which shard a page is built in: FNV-1a (32 bit) of its slug, modulo the shard count. A page
 * never moves when others are added or removed (only a change of the count moves pages), and
 * the hash needs no Node API, so build, merge and tests agree on it.
 */
export interface Shard {
  /** 1-based, as in `KB_SHARD=2/4`. */
  index: number;
  count: number;
}

export function shardOf(slug: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) hash = Math.imul(hash ^ slug.charCodeAt(i), 0x01000193);
  return ((hash >>> 0) % count) + 1;
}

/** Whether `slug` belongs to `shard`; every slug belongs to a whole (unsharded) build. */
export const inShard = (slug: string, shard: Shard | undefined): boolean => !shard || shardOf(slug, shard.count) === shard.index;

/** `"2/4"` → `{ index: 2, count: 4 }`; anything else is refused with what was expected. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count)
    throw new Error(`expected a shard written as i/N with 1 ≤ i ≤ N (e.g. 2/4), found "${text}"`);
  return { index, count };
}
