/**
 * `npm run merge -- --out dist <shard output>…`: joins the outputs of a sharded build
 * (`KB_SHARD=i/N npm run build -- --outDir <dir>` for i = 1…N) into one site and builds its
 * Pagefind index once, from the records each shard wrote for its pages. Fails, naming the files, when shards disagree on a shared route.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { pagefindIndexOf } from '../integrations/pagefind-index.ts';
import { shardSearchRecords } from '../sharding/merge-shards.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string', default: 'dist' } }, allowPositionals: true });
const out = resolve(values.out);
const ms = (since: number) => Math.round(performance.now() - since);
const shardDirs = positionals.map((p) => resolve(p));
// The files are linked on a worker thread while Pagefind indexes the shards' records on this one.
const linker = new Worker(new URL('../sharding/merge-worker.ts', import.meta.url), { workerData: { shardDirs, outDir: out } });
const linked = new Promise<{ files: number; shared: number; ms: number }>((resolve, reject) =>
  linker.once('message', resolve).once('error', reject),
);
// The index is built from the records the shards computed from the content, not from the pages.
const indexing = (async () => {
  const started = performance.now();
  const index = await pagefindIndexOf(shardSearchRecords(shardDirs));
  return { index, ms: ms(started) };
})();
try {
  const [{ index, ms: reading }, { files, shared, ms: linking }] = await Promise.all([indexing, linked]);
  console.log(
    `[merge] ${positionals.length} shards → ${files} files (${shared} written by several shards, all identical) in ${linking} ms`,
  );
  console.log(`[merge] Pagefind read the records (beside the linking) in ${reading} ms`);
  const started = performance.now();
  const pages = await index.writeTo(out);
  console.log(`[merge] Pagefind wrote the index of ${pages} pages in ${ms(started)} ms`);
} catch (e) {
  // Half a site must not be published by mistake.
  await linker.terminate();
  rmSync(out, { recursive: true, force: true });
  console.error(`merge failed: ${(e as Error).message}`);
  process.exit(1);
}
