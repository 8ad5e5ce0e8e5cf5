/**
 * `npm run merge -- --out dist <shard output>…`: joins the outputs of a sharded build
 * (`KB_SHARD=i/N npm run build -- --outDir <dir>` for i = 1…N) into one site and builds its
 * Pagefind index once, from the same content (`KB_CONTENT_DIR`, default `content/`). Fails, naming the files, when shards disagree on a shared route.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { checkContent } from '../content/check-content.ts';
import { readContent } from '../content/read-content.ts';
import { contentSearchRecords, pagefindIndexOf } from '../integrations/pagefind-index.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string', default: 'dist' } }, allowPositionals: true });
const out = resolve(values.out);
const ms = (since: number) => Math.round(performance.now() - since);
// The files are linked on a worker thread while this one reads the content and Pagefind indexes it.
const linker = new Worker(new URL('../sharding/merge-worker.ts', import.meta.url), {
  workerData: { shardDirs: positionals.map((p) => resolve(p)), outDir: out },
});
const linked = new Promise<{ files: number; shared: number; ms: number }>((resolve, reject) =>
  linker.once('message', resolve).once('error', reject),
);
// The index is built from the content (`KB_CONTENT_DIR`, as the shards were), not from the pages;
// from the frontmatter alone, since the shards have checked every page's text, each its own.
const indexing = (async () => {
  const started = performance.now();
  const { categoriesFile, pageFiles } = readContent(process.cwd());
  const index = await pagefindIndexOf(contentSearchRecords(checkContent(categoriesFile, pageFiles, { fully: () => false })));
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
