import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Shard } from './partition.ts';
import { linkOrCopy } from '../link-or-copy.ts';
import type { SearchRecord } from '../lib/search/index-records.ts';

/**
 * Written into a shard's output by its build, read and left out by the merge: which shard it is, and
 * the search index's records of its pages, so the merge indexes the site without reading the content again.
 */
export const SHARD_MARKER = '.kb-shard.json';

interface ShardMarker extends Shard {
  searchRecords: SearchRecord[];
}

export function writeShardMarker(outDir: string, shard: Shard, searchRecords: SearchRecord[]): void {
  const marker: ShardMarker = { ...shard, searchRecords };
  writeFileSync(join(outDir, SHARD_MARKER), `${JSON.stringify(marker)}\n`);
}

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

function readMarker(dir: string): ShardMarker {
  const file = join(dir, SHARD_MARKER);
  if (!existsSync(file)) throw new Error(`${dir}: not the output of a sharded build (no ${SHARD_MARKER}; build with KB_SHARD=i/N)`);
  return JSON.parse(readFileSync(file, 'utf8')) as ShardMarker;
}

/**
 * The search records of every shard's pages, in the order a whole build gives Pagefind (by slug: a record's
 * URL is `/errors/<slug>/`, compared without its last `/`), so the merged index is the whole build's.
 */
export function shardSearchRecords(shardDirs: readonly string[]): SearchRecord[] {
  const bySlug = (r: SearchRecord) => r.url.slice(0, -1);
  return shardDirs.flatMap((dir) => readMarker(dir).searchRecords).sort((a, b) => (bySlug(a) < bySlug(b) ? -1 : 1));
}

/**
 * Joins the outputs of shards 1…N into `outDir` (which must be new or empty; its files are links
 * to the shards' where possible, `linkOrCopy`). Each error page
 * and card comes from one shard; the routes every shard writes (home, categories, feeds,
 * sitemap, assets) must be byte-identical in all of them, since they are computed from
 * every page's frontmatter: any difference, or a shard missing or given twice, fails the
 * merge naming the files. Returns how many files were written and how many were shared.
 */
export function mergeShards(shardDirs: readonly string[], outDir: string): { files: number; shared: number } {
  const shards = shardDirs.map((dir) => ({ dir, ...readMarker(dir) })).sort((a, b) => a.index - b.index);
  const count = shards[0]?.count ?? 0;
  const indexes = shards.map((s) => `${s.index}/${s.count}`).join(', ');
  if (!shards.length || shards.some((s, i) => s.count !== count || s.index !== i + 1) || shards.length !== count)
    throw new Error(`expected the outputs of shards 1/N … N/N, each once; found ${indexes || 'none'}`);
  if (existsSync(outDir) && readdirSync(outDir).length) throw new Error(`${outDir} is not empty: the merge writes a new site`);

  const firstFrom = new Map<string, number>();
  const folders = new Set<string>();
  const conflicts: string[] = [];
  let shared = 0;
  for (const { dir, index } of shards) {
    for (const file of filesUnder(dir)) {
      if (file === SHARD_MARKER) continue;
      const source = join(dir, file);
      const target = join(outDir, file);
      const first = firstFrom.get(file);
      if (first !== undefined) {
        shared++;
        if (!readFileSync(source).equals(readFileSync(target))) conflicts.push(`${file} (shard ${first} and shard ${index} differ)`);
        continue;
      }
      firstFrom.set(file, index);
      const folder = dirname(target);
      if (!folders.has(folder)) (mkdirSync(folder, { recursive: true }), folders.add(folder));
      linkOrCopy(source, target);
    }
  }
  if (conflicts.length)
    throw new Error(
      `${conflicts.length} file(s) differ between shards; a route computed from all pages must not depend on the shard:\n  ${conflicts.slice(0, 20).join('\n  ')}${conflicts.length > 20 ? `\n  … and ${conflicts.length - 20} more` : ''}`,
    );
  return { files: firstFrom.size, shared };
}
