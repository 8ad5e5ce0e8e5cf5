import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, contentCopy } from '../support/build-site.ts';
import { builtTexts } from '../support/site-check/read-built-files.ts';

/**
 * A page made by `npm run new` is a draft: the real `astro build` (with the
 * Pagefind index) leaves it out everywhere: no page, no link or card in any HTML
 * (home, category, related errors), nothing in the search index, sitemap or feed.
 * Uses a copy of the real content with one scaffolded page added.
 */
test('a scaffolded draft appears nowhere in a production build', () => {
  const { dir, outDir: out, remove } = contentCopy('draft');
  try {
    const published = readdirSync(join(dir, 'errors')).filter((f) => f.endsWith('.mdx')).length;

    // Words no real page uses, so any trace of the draft in the output is found.
    const text = 'zorblax: fatal: E_ZORBLAX_QUUXFLUX frobnicator misaligned with the quuxflux manifold';
    const scaffolded = spawnSync(process.execPath, ['src/cli/new-page.ts', text, '--dir', dir], { encoding: 'utf8' });
    assert.equal(scaffolded.status, 0, scaffolded.stderr);
    const created = /Created (\S+\.mdx)/.exec(scaffolded.stdout)?.[1];
    assert.ok(created && existsSync(created), scaffolded.stdout);
    const slug = created
      .split('/')
      .pop()!
      .replace(/\.mdx$/, '');
    assert.match(slug, /zorblax/);
    assert.match(readFileSync(created, 'utf8'), /^draft: true$/m);

    const build = buildSite({ outDir: out, contentDir: dir, env: { KB_STRICT: '1' } });
    assert.equal(build.status, 0, build.stdout + build.stderr);

    const files = builtTexts(out);
    assert.ok(
      files.some((f) => f.path.startsWith('pagefind/')),
      'the Pagefind index was built',
    );
    assert.ok(
      files.some((f) => /^pagefind\/fragment\//.test(f.path)),
      'the Pagefind fragments were found',
    );
    assert.equal(existsSync(join(out, 'errors', slug)), false, `no /errors/${slug}/ page`);
    const pagesBuilt = readdirSync(join(out, 'errors'), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    assert.equal(pagesBuilt, published, 'every published page is built, and only those');

    for (const needle of [slug, 'zorblax', 'quuxflux', 'frobnicator']) {
      const found = files.filter((f) => f.text.toLowerCase().includes(needle)).map((f) => f.path);
      assert.deepEqual(found, [], `"${needle}" found in the build output`);
    }
  } finally {
    remove();
  }
});
