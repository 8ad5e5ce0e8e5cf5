import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSite } from '../support/build-site.ts';

function build(out: string) {
  const r = buildSite({ outDir: out });
  assert.equal(r.status, 0, r.stderr.slice(-2000));
}

function fingerprint(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const full = join(d.parentPath, d.name);
        return [relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex')] as const;
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

test('two builds of the same commit are byte-identical', () => {
  const [a, b] = [mkdtempSync(join(tmpdir(), 'kb-det-a-')), mkdtempSync(join(tmpdir(), 'kb-det-b-'))];
  try {
    build(a);
    build(b);
    const [fa, fb] = [fingerprint(a), fingerprint(b)];
    assert.ok(fa.size > 100, `only ${fa.size} files`);
    const differing = [...new Set([...fa.keys(), ...fb.keys()])].filter((f) => fa.get(f) !== fb.get(f));
    assert.deepEqual(differing, []);
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});
