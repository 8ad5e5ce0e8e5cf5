import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '../../src/content/frontmatter.ts';
import { termSequence } from '../../src/lib/normalize-error-text.ts';
import { siteStats } from '../../src/lib/search/answer-query.ts';
import { openLookup } from '../../src/mcp/lookup.ts';
import { buildCachesCleanup, buildSite } from '../support/build-site.ts';
import { pagefindFragments } from '../support/pagefind-fragments.ts';
import { buildInShards, differingFiles } from '../support/sharded-build.ts';
import { generatePages } from '../bench/generate/generate-pages.ts';
import type { GeneratedPage } from '../bench/generate/page.ts';

/*
 * The generator's pages go through the real build: 200 synthetic pages build with
 * KB_STRICT=1 (so a near-duplicate signature would fail it), every error page is
 * written and Pagefind indexes them. Guards the benchmark's input and the build at more than
 * toy size. Then the same pages are built in 3 shards and merged: the site must be the same, byte for byte.
 */
const SHARDS = 3;
const dir = mkdtempSync(join(tmpdir(), 'kb-gen-content-'));
// The build runs from its own folder (see `SiteBuild.cwd`).
const cwd = mkdtempSync(join(tmpdir(), 'kb-gen-build-'));
const out = join(cwd, 'dist');
const cleanup = buildCachesCleanup(dir, { shards: SHARDS });
let pages: GeneratedPage[] = [];

before(() => {
  pages = generatePages({ count: 200, seed: 8, dir });
  const result = buildSite({ outDir: out, contentDir: dir, cwd, env: { KB_STRICT: '1' } }, 170_000);
  assert.equal(result.status, 0, `build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true }); // node_modules links are removed, not followed
  cleanup();
});

test('200 generated pages build, each gets its page, and Pagefind indexes them', () => {
  assert.equal(pages.length, 200);
  const written = readdirSync(join(out, 'errors')).filter((slug) => existsSync(join(out, 'errors', slug, 'index.html')));
  assert.equal(written.length, 200);
  assert.deepEqual(new Set(written), new Set(pages.map((p) => p.slug)));

  const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  assert.ok(indexed >= 200, `Pagefind indexed ${indexed} pages`);
  assert.ok(existsSync(join(out, 'pagefind/pagefind.js')));
});

test('a large site indexes no common term or stop word, and a pasted error still finds its page first through its rarest terms', async () => {
  const { commonTerms: common, frequencyRank } = siteStats(JSON.parse(readFileSync(join(out, 'search-stats.json'), 'utf8')));
  assert.ok(common.has('error') && frequencyRank.size > common.size, 'the site lists its frequent terms');
  for (const { url, content } of pagefindFragments(out)) {
    const indexed = content.toLowerCase().match(/[\p{L}\p{N}_']+/gu) ?? [];
    assert.deepEqual(
      indexed.filter((w) => common.has(w) || ['the', 'and', 'to'].includes(w)),
      [],
      url,
    );
    assert.ok(termSequence(content).length > 5, `${url} keeps its rarer words`);
  }
  const lookup = await openLookup(out);
  for (const { slug } of pages.slice(0, 20)) {
    const { signature } = parseFrontmatter(readFileSync(join(dir, 'errors', `${slug}.mdx`), 'utf8')).data as { signature: string };
    const answer = await lookup(`2026-11-27T08:15:02.114Z ERROR ${signature}\n    at run (/home/dev/app/src/index.ts:42:13)`);
    assert.equal(answer.pages[0]?.url.split('/').at(-2), slug, `${slug}: ${signature}`);
  }
});

test(`the same pages built in ${SHARDS} shards and merged give the same site, byte for byte`, { timeout: 300_000 }, () => {
  const merged = join(cwd, 'merged');
  buildInShards({ contentDir: dir, env: { KB_STRICT: '1' } }, SHARDS, join(cwd, 'shards'), merged);
  // Each shard wrote some of the error pages and cards, none wrote all.
  for (let i = 1; i <= SHARDS; i++) {
    const errors = join(cwd, 'shards', `shard-${i}`, 'dist/errors');
    const own = readdirSync(errors).filter((slug) => existsSync(join(errors, slug, 'index.html'))).length;
    assert.ok(own > 0 && own < 200, `shard ${i} wrote ${own} error pages`);
  }
  assert.ok(existsSync(join(merged, 'og', `${pages[0]!.slug}.png`)));
  assert.deepEqual(differingFiles(out, merged), []);
});
