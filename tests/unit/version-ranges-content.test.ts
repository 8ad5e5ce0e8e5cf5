import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent } from '../../src/content/check-content.ts';
import { categoriesFile, pageFile } from '../support/content-files.ts';

// The content check reports range problems with file, line and field.

const categories = categoriesFile({ 'node-npm': 'Node.js and npm' });

/** The problems the content check finds in a page with these `versions` and `variants` (YAML blocks, from line 16). */
const problemsWith = (ranges: { versions: string; variants: string }) =>
  checkContent(categories, [
    pageFile('content/errors/a.mdx', {
      title: '"Error: error:0308010C:digital envelope routines::unsupported"',
      summary: '"Node 17+ uses OpenSSL 3, which refuses the MD4 hash old webpack uses."',
      signature: '"Error: error:0308010C:digital envelope routines::unsupported"',
      category: 'node-npm',
      tools: '["Node.js", "webpack"]',
      causes: '["Old webpack hashes with MD4."]',
      quickFixes: '["Upgrade webpack to 5.61 or later."]',
      sources: '\n  - title: "Node.js 17 release notes"\n    url: "https://nodejs.org/en/blog/release/v17.0.0"\n    kind: official',
      updated: '2026-11-27',
      verified: '2026-11-27',
      status: 'workaround',
      ...ranges,
    }),
  ]).problems;

test('range problems name file, line, field, expected and found', () => {
  const problems = problemsWith({
    versions: `
  - tool: Node.js
    range: ">= seventeen"
  - tool: webpack
    range: ">=5.0.0 <5.61.0"
    fixed: "4.0.0"
  - tool: Nodejs
    range: ">=17.0.0"`,
    variants: `
  - text: "Error: digital envelope routines::unsupported"
    tool: Node.js
    range: "17+"`,
  });
  const got = problems.map((p) => `${p.file}:${p.line} ${p.field}: expected ${p.expected}; found ${p.found}`);
  assert.deepEqual(got, [
    'content/errors/a.mdx:18 versions[0].range: expected a semver range such as ">=17.0.0", "<10.6.0" or ">=18.0.0 <22.0.0"; found ">= seventeen"',
    `content/errors/a.mdx:21 versions[1].fixed: expected a fix version inside the range ">=5.0.0 <5.61.0" or at its end; 4.0.0 is below the range's minimum 5.0.0; found "4.0.0"`,
    'content/errors/a.mdx:22 versions[2].tool: expected one of the page\'s tools (Node.js, webpack); found "Nodejs"',
    'content/errors/a.mdx:27 variants[0].range: expected a semver range such as ">=17.0.0", "<10.6.0" or ">=18.0.0 <22.0.0"; found "17+"',
  ]);
});

test('valid ranges, fix versions and versioned variants pass', () => {
  const problems = problemsWith({
    versions: `
  - tool: Node.js
    range: ">=17.0.0"
  - tool: webpack
    range: ">=5.0.0 <5.61.0"
    fixed: "5.61.0"`,
    variants: `
  - "Error: digital envelope routines::unsupported"
  - text: "opensslErrorStack: [ 'error:03000086:digital envelope routines::initialization error' ]"
    tool: Node.js
    range: ">=17.0.0"`,
  });
  assert.deepEqual(problems, []);
});
