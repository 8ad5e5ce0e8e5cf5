import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../support/build-site.ts';
import { brokenLinks } from '../support/site-check/broken-links.ts';
import { readBuiltFiles } from '../support/site-check/read-built-files.ts';
import { checkShareable } from '../support/shareable.ts';

test('a build under a sub-path (/kb/) has working links, assets, cards and share tags', () => {
  const out = mkdtempSync(join(tmpdir(), 'kb-subpath-'));
  try {
    const result = buildSite({ outDir: out, env: { BASE_PATH: '/kb/', SITE_URL: 'https://docs.example.org' } });
    assert.equal(result.status, 0, result.stderr.slice(-2000));
    assert.deepEqual(brokenLinks(readBuiltFiles(out), '/kb/'), []);
    assert.deepEqual(checkShareable(out, '/kb/'), []);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
