import { statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../../src/sharding/merge-shards.ts';

/** How many files a built site has and their total size in MB (what static hosts limit). */
export function outputSize(dir: string): { files: number; mb: number } {
  const files = filesUnder(dir);
  const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  return { files: files.length, mb: Math.round((bytes / 2 ** 20) * 10) / 10 };
}
