import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroCacheDir, CARD_CACHE_DIR } from '../../src/build-caches.ts';

/** The project root, whatever folder a test or benchmark runs from. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface SiteBuild {
  /** Where the site is written. */
  outDir: string;
  /** Another content folder than `content/` (`KB_CONTENT_DIR`). */
  contentDir?: string;
  /** More environment: `BASE_PATH`, `SITE_URL`, `KB_STRICT`, `KB_SHARD`. */
  env?: Record<string, string>;
  /**
   * Run from this folder (`--root` points at the project) with node_modules linked into it.
   * With an outDir outside its cwd, Astro puts its prerender bundle in `<cwd>/.astro/.prerender`,
   * where any other such build of the project deletes it mid-build (seen at 10,000 pages).
   */
  cwd?: string;
}

/** `astro build` of this project as a command line, for `spawn` (benchmarks) and `spawnSync` (tests) alike. */
export function astroBuild({ outDir, contentDir, env = {}, cwd }: SiteBuild) {
  if (cwd && !existsSync(join(cwd, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(cwd, 'node_modules'), 'dir');
  return {
    command: process.execPath,
    args: [ASTRO, 'build', ...(cwd ? ['--root', ROOT] : []), '--outDir', outDir],
    cwd: cwd ?? ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(contentDir && { KB_CONTENT_DIR: contentDir }), ...env },
  };
}

/** Builds the site and waits; the output is in `stdout` and `stderr`. */
export function buildSite(build: SiteBuild, timeout?: number) {
  const { command, args, cwd, env } = astroBuild(build);
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...(timeout && { timeout }) });
}

/** Builds content the build must refuse, asserting that it fails with `problems` content problems; what it printed. */
export function refusedBuildOutput(build: SiteBuild, problems: number): string {
  const result = buildSite(build);
  const output = result.stdout + result.stderr;
  assert.notEqual(result.status, 0, 'the build should fail');
  assert.match(output, new RegExp(`\\b${problems} content problems?\\b`));
  return output;
}

/**
 * Notes the shared caches before a build of `contentDir`, and returns what removes the ones
 * that build adds: Astro's cache for that folder (and for each of its `shards` when built
 * in shards) and (unless `cards: false`) the preview cards drawn for its pages.
 */
export function buildCachesCleanup(contentDir?: string, { cards: removeCards = true, shards = 0 } = {}): () => void {
  const cards = join(ROOT, CARD_CACHE_DIR);
  const before = new Set(existsSync(cards) ? readdirSync(cards) : []);
  return () => {
    if (contentDir)
      for (const shard of [undefined, ...Array.from({ length: shards }, (_, i) => ({ index: i + 1, count: shards }))])
        rmSync(join(ROOT, astroCacheDir(contentDir, shard)), { recursive: true, force: true });
    if (removeCards && existsSync(cards))
      for (const f of readdirSync(cards)) if (!before.has(f)) rmSync(join(cards, f), { recursive: true, force: true });
  };
}

/**
 * A copy of the real content to change, and an empty folder to build it into, for a test
 * of how the build treats some content; `remove()` deletes both and Astro's cache for the copy.
 */
export function contentCopy(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `kb-${name}-content-`));
  const outDir = mkdtempSync(join(tmpdir(), `kb-${name}-dist-`));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  // Real pages' preview cards are worth keeping.
  const caches = buildCachesCleanup(dir, { cards: false });
  return {
    dir,
    outDir,
    remove() {
      rmSync(dir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
      caches();
    },
  };
}
