import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentCopy, refusedBuildOutput } from '../support/build-site.ts';

/**
 * The real `astro build` refuses bad content and names file and field for each
 * problem, all in one run. Uses a copy of the real content with two pages broken.
 */
test('astro build stops on bad content and lists every problem with file and field, secrets masked', () => {
  const { dir, outDir: out, remove } = contentCopy('bad');
  try {
    const page = join(dir, 'errors/git-publickey.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^category: .*$/m, 'category: gitt'));
    const other = join(dir, 'errors/npm-eresolve.mdx');
    writeFileSync(other, readFileSync(other, 'utf8').replace(/^updated: .*$/m, 'updated: 2026-02-31'));
    const leaky = join(dir, 'errors/docker-no-space.mdx');
    writeFileSync(leaky, `${readFileSync(leaky, 'utf8')}\nThanks to jane.doe@acme-corp.io for the report.\n`);

    const output = refusedBuildOutput({ outDir: out, contentDir: dir }, 3);
    assert.match(
      output,
      /errors\/docker-no-space\.mdx:\d+\n\s+\(secret\): expected no credentials or e-mail addresses in published content; found an e-mail address \(jane\.d…\*\*\*\*\)/,
    );
    assert.doesNotMatch(output, /acme-corp/);
    assert.match(output, /errors\/git-publickey\.mdx:\d+\n\s+category: expected one of the categories/);
    assert.match(output, /errors\/npm-eresolve\.mdx:\d+\n\s+updated: expected a real date written as YYYY-MM-DD; found "2026-02-31"/);
  } finally {
    remove();
  }
});
