import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCachesCleanup, buildSite } from '../support/build-site.ts';
import { generatePages } from '../bench/generate/generate-pages.ts';

/**
 * The generator's pages go through the real build: 200 synthetic pages build with
 * KB_STRICT=1 (so a near-duplicate signature would fail it), every error page is
 * written and Pagefind indexes them. Guards the benchmark's input and the build at more than toy size.
 */
test('200 generated pages build, each gets its page, and Pagefind indexes them', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-gen-content-'));
  // The build runs from its own folder (see `SiteBuild.cwd`).
  const cwd = mkdtempSync(join(tmpdir(), 'kb-gen-build-'));
  const out = join(cwd, 'dist');
  const cleanup = buildCachesCleanup(dir);
  try {
    const pages = generatePages({ count: 200, seed: 8, dir });
    assert.equal(pages.length, 200);

    const result = buildSite({ outDir: out, contentDir: dir, cwd, env: { KB_STRICT: '1' } }, 170_000);
    assert.equal(result.status, 0, `build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);

    const written = readdirSync(join(out, 'errors')).filter((slug) => existsSync(join(out, 'errors', slug, 'index.html')));
    assert.equal(written.length, 200);
    assert.deepEqual(new Set(written), new Set(pages.map((p) => p.slug)));

    const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    assert.ok(indexed >= 200, `Pagefind indexed ${indexed} pages`);
    assert.ok(existsSync(join(out, 'pagefind/pagefind.js')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cwd, { recursive: true, force: true }); // the node_modules link is removed, not followed
    cleanup();
  }
});
