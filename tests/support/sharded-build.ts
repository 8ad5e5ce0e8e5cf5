import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/sharding/merge-shards.ts';
import { astroBuild, ROOT, type SiteBuild } from './build-site.ts';

/** Shard i of `count` (1-based) of `build`: its own folder to run from and write to, under `dir`. */
export function shardBuild(build: Omit<SiteBuild, 'outDir' | 'cwd'>, index: number, count: number, dir: string) {
  const cwd = join(dir, `shard-${index}`);
  mkdirSync(cwd, { recursive: true });
  const outDir = join(cwd, 'dist');
  return { outDir, ...astroBuild({ ...build, outDir, cwd, env: { ...build.env, KB_SHARD: `${index}/${count}` } }) };
}

/** `npm run merge` of `shardDirs` into `out` (its search index built from `contentDir`, default `content/`), as a command line. */
export function mergeCommand(shardDirs: readonly string[], out: string, contentDir?: string) {
  return {
    command: process.execPath,
    args: [join(ROOT, 'src/cli/merge-shards.ts'), '--out', out, ...shardDirs],
    cwd: ROOT,
    env: { ...process.env, ...(contentDir && { KB_CONTENT_DIR: contentDir }) },
  };
}

/** Builds `count` shards one after the other, then merges them into `out`; throws with the output of what failed. */
export function buildInShards(build: Omit<SiteBuild, 'outDir' | 'cwd'>, count: number, dir: string, out: string): void {
  const run = ({ command, args, cwd, env }: { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv }) => {
    const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  };
  const shards = Array.from({ length: count }, (_, i) => shardBuild(build, i + 1, count, dir));
  for (const shard of shards) run(shard);
  run(
    mergeCommand(
      shards.map((s) => s.outDir),
      out,
      build.contentDir,
    ),
  );
}

/** Files whose bytes differ between two folders, or that only one of them has. */
export function differingFiles(a: string, b: string): string[] {
  const [inA, inB] = [filesUnder(a), filesUnder(b)];
  const both = new Set(inB);
  return [
    ...inA.filter((f) => !both.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))),
    ...inB.filter((f) => !inA.includes(f)),
  ].sort();
}
