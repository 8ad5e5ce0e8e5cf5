import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePages } from '../bench/generate/generate-pages.ts';

const CARD_CACHE = 'node_modules/.cache/error-kb-cards';

/**
 * The generator's pages go through the real build: 200 synthetic pages build with
 * KB_STRICT=1 (so a near-duplicate signature would fail it), every error page is
 * written and Pagefind indexes them. Guards the benchmark's input and the build at more than toy size.
 */
test('200 generated pages build, each gets its page, and Pagefind indexes them', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-gen-content-'));
  // The build runs from its own folder (--root points at the project): with an outDir outside
  // cwd, Astro would put its prerender bundle in the project's .astro/, shared with other builds.
  const cwd = mkdtempSync(join(tmpdir(), 'kb-gen-build-'));
  const out = join(cwd, 'dist');
  symlinkSync(resolve('node_modules'), join(cwd, 'node_modules'), 'dir'); // so that bundle resolves packages
  // Caches this build creates, removed afterwards: Astro's per-content-folder cache and new preview cards.
  const astroCache = `node_modules/.astro-${createHash('sha1').update(dir).digest('hex').slice(0, 8)}`;
  const cardsBefore = new Set(existsSync(CARD_CACHE) ? readdirSync(CARD_CACHE) : []);
  try {
    const pages = generatePages({ count: 200, seed: 8, dir });
    assert.equal(pages.length, 200);

    const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', process.cwd(), '--outDir', out], {
      cwd,
      env: { ...process.env, KB_CONTENT_DIR: dir, KB_STRICT: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 170_000,
    });
    assert.equal(result.status, 0, `build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);

    const written = readdirSync(join(out, 'errors')).filter((slug) => existsSync(join(out, 'errors', slug, 'index.html')));
    assert.equal(written.length, 200);
    assert.deepEqual(new Set(written), new Set(pages.map((p) => p.slug)));

    const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    assert.ok(indexed >= 200, `Pagefind indexed ${indexed} pages`);
    assert.ok(existsSync(join(out, 'pagefind/pagefind.js')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cwd, { recursive: true, force: true }); // the node_modules link is removed, not followed
    rmSync(astroCache, { recursive: true, force: true });
    if (existsSync(CARD_CACHE)) for (const f of readdirSync(CARD_CACHE)) if (!cardsBefore.has(f)) rmSync(join(CARD_CACHE, f), { recursive: true, force: true });
  }
});
