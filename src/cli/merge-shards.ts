/**
 * `npm run merge -- --out dist <shard output>…`: joins the outputs of a sharded build
 * (`KB_SHARD=i/N npm run build -- --outDir <dir>` for i = 1…N) into one site and builds its
 * Pagefind index once, from the same content (`KB_CONTENT_DIR`, default `content/`). Fails, naming the files, when shards disagree on a shared route.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../content/check-content.ts';
import { readContent } from '../content/read-content.ts';
import { contentSearchRecords, writePagefindIndex } from '../integrations/pagefind-index.ts';
import { mergeShards } from '../sharding/merge-shards.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string', default: 'dist' } }, allowPositionals: true });
const out = resolve(values.out);
try {
  let started = performance.now();
  const { files, shared } = mergeShards(
    positionals.map((p) => resolve(p)),
    out,
  );
  console.log(
    `[merge] ${positionals.length} shards → ${files} files (${shared} written by several shards, all identical) in ${Math.round(performance.now() - started)} ms`,
  );
  started = performance.now();
  // The index is built from the content (`KB_CONTENT_DIR`, as the shards were), not from the pages.
  const { categoriesFile, pageFiles } = readContent(process.cwd());
  const pages = await writePagefindIndex(out, contentSearchRecords(checkContent(categoriesFile, pageFiles)));
  console.log(`[merge] indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
} catch (e) {
  // Half a site must not be published by mistake.
  rmSync(out, { recursive: true, force: true });
  console.error(`merge failed: ${(e as Error).message}`);
  process.exit(1);
}
