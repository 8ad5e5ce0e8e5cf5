import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { slugFromPath } from '../content/slug.ts';
import { inShard, type Shard } from './partition.ts';

/** Picomatch refuses patterns over 65,536 characters (`picomatch/lib/parse.js`). */
const MAX_PATTERN = 60_000;

/**
 * Glob patterns matching exactly `files` (paths relative to the glob's base): as few brace
 * patterns as fit picomatch's length limit. tinyglobby takes ~40 ms for 2,500 names in one
 * brace pattern, 3 s for 2,500 separate patterns. Never empty: no files gives a pattern
 * that matches none.
 */
export function bracePatterns(files: readonly string[]): string[] {
  const escaped = files.map((f) => f.replace(/[{}[\]()*?!,\\]/g, '\\$&'));
  const groups: string[][] = [];
  let length = 0;
  for (const name of escaped) {
    if (!groups.length || length + name.length + 1 > MAX_PATTERN) (groups.push([]), (length = 2));
    groups.at(-1)!.push(name);
    length += name.length + 1;
  }
  if (!groups.length) return ['(no pages in this shard)'];
  return groups.map((g) => (g.length === 1 ? g[0]! : `{${g.join(',')}}`));
}

/** The glob patterns of the MDX files under `errorsDir` that `shard` builds (all of them when none). */
export function shardGlob(errorsDir: string, shard: Shard | undefined): string | string[] {
  if (!shard) return '**/*.{md,mdx}';
  const files = readdirSync(errorsDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.mdx?$/i.test(d.name) && inShard(slugFromPath(d.name), shard))
    .map((d) => relative(errorsDir, `${d.parentPath}/${d.name}`).split('\\').join('/'));
  return bracePatterns(files);
}
