/**
 * A worker thread of `npm run merge` (`src/cli/merge-shards.ts`): joins the shards' files
 * (`mergeShards`, mostly waiting on the file system) while the merge's main thread reads the
 * content and Pagefind indexes it. Its answer, or its error, is the merge's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { mergeShards } from './merge-shards.ts';

const { shardDirs, outDir } = workerData as { shardDirs: string[]; outDir: string };
const started = performance.now();
parentPort!.postMessage({ ...mergeShards(shardDirs, outDir), ms: Math.round(performance.now() - started) });
