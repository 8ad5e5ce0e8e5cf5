import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { headersFor, parseHeaders } from '../support/host-headers.ts';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

test('every path gets the security headers', () => {
  for (const path of ['/', '/errors/npm-eresolve/', '/_astro/x.js']) {
    const h = headersFor(rules, path);
    assert.match(h['content-security-policy'] ?? '', /frame-ancestors 'none'/, path);
    assert.equal(h['x-content-type-options'], 'nosniff', path);
  }
});

test('hashed assets are immutable, pages are not cached, the Pagefind runtime and tagged entry for 10 minutes', () => {
  for (const path of [
    '/_astro/search.B6XV.js',
    '/pagefind/index/en_fbe54ac.pf_index',
    '/pagefind/fragment/en_31438fe.pf_fragment',
    '/pagefind/pagefind.en_1695d9dc89.pf_meta',
  ]) {
    assert.match(headersFor(rules, path)['cache-control'] ?? '', /immutable/, path);
  }
  for (const path of ['/', '/errors/npm-eresolve/', '/search/']) {
    assert.equal(headersFor(rules, path)['cache-control'], undefined, path);
  }
  assert.equal(headersFor(rules, '/pagefind/pagefind.js')['cache-control'], 'public, max-age=600');
  // Fetched as pagefind-entry.json?ts=<index tag>: a new index has a new URL (src/build-data/index-tag.ts).
  assert.equal(headersFor(rules, '/pagefind/pagefind-entry.json')['cache-control'], 'public, max-age=600');
});

test('placeholders match one segment, later rules win per header', () => {
  const r = parseHeaders('/a/:x/b\n  X-One: 1\n# comment\n/a/*\n  X-One: 2\n  X-Two: 2\n');
  assert.deepEqual(headersFor(r, '/a/q/b'), { 'x-one': '2', 'x-two': '2' });
  assert.deepEqual(headersFor(r, '/b/'), {});
  assert.equal(headersFor(r, '/a/q/r/b')['x-two'], '2');
  assert.equal(parseHeaders('/a/:x/b\n  X-One: 1\n')[0]!.pattern.test('/a/q/r/b'), false);
});
