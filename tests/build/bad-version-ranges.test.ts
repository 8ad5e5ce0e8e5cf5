import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentCopy, refusedBuildOutput } from '../support/build-site.ts';

/** 1-based line of the first line of `text` containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/**
 * The real `astro build` refuses version ranges that are not semver, and fix versions outside
 * their range, naming file, line and field. Uses a copy of the real content plus a fixture
 * page given a bad range and a fix version below its range's minimum.
 */
test('astro build stops on a bad version range and a fix version outside its range, naming file, line and field', () => {
  const { dir, outDir: out, remove } = contentCopy('bad-ranges');
  try {
    const page = readFileSync('tests/fixtures/versions/errors/fixture-zephyrine-handshake.mdx', 'utf8').replace(
      '    range: ">=2.1.150"\n    fixed: "2.1.186"',
      '    range: ">=2.1.150"\n    fixed: "2.1.100"\n  - tool: Claude Code\n    range: "2.1.150 and later"',
    );
    const file = join(dir, 'errors/fixture-zephyrine-handshake.mdx');
    writeFileSync(file, page);

    const output = refusedBuildOutput({ outDir: out, contentDir: dir }, 2);
    const shown = `${file}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    assert.match(
      output,
      new RegExp(
        `${shown}:${lineOf(page, 'fixed: "2.1.100"')}\\n\\s+versions\\[0\\]\\.fixed: expected a fix version inside the range ">=2\\.1\\.150" or at its end; 2\\.1\\.100 is below the range's minimum 2\\.1\\.150; found "2\\.1\\.100"`,
      ),
    );
    assert.match(
      output,
      new RegExp(
        `${shown}:${lineOf(page, '2.1.150 and later')}\\n\\s+versions\\[1\\]\\.range: expected a semver range such as ">=17\\.0\\.0".*; found "2\\.1\\.150 and later"`,
      ),
    );
  } finally {
    remove();
  }
});
