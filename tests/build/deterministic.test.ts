import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../support/build-site.ts';
import { differingFiles } from '../support/sharded-build.ts';

function build(out: string) {
  const r = buildSite({ outDir: out });
  assert.equal(r.status, 0, r.stderr.slice(-2000));
}

test('two builds of the same commit are byte-identical', () => {
  const [a, b] = [mkdtempSync(join(tmpdir(), 'kb-det-a-')), mkdtempSync(join(tmpdir(), 'kb-det-b-'))];
  try {
    build(a);
    build(b);
    const files = readdirSync(a, { recursive: true }).length;
    assert.ok(files > 100, `only ${files} files`);
    assert.deepEqual(differingFiles(a, b), []);
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});
