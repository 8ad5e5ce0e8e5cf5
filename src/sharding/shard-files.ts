import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { slugFromPath } from '../content/slug.ts';
import { inShard, type Shard } from './partition.ts';

/** The error pages' files under `errorsDir` that `shard` builds (all of them when none), relative to it, with `/`. */
export function shardFiles(errorsDir: string, shard: Shard | undefined): string[] {
  return readdirSync(errorsDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.mdx?$/i.test(d.name) && inShard(slugFromPath(d.name), shard))
    .map((d) => relative(errorsDir, `${d.parentPath}/${d.name}`).split('\\').join('/'))
    .sort();
}
