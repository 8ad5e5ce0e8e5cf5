import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkTools } from '../../src/content/check-tools.ts';
import { canonicalTool } from '../../src/lib/versions/tool-names.ts';

const file = (tools: unknown) => ({ path: 'content/tools.json', source: JSON.stringify(tools, null, 2) });

test('the real content/tools.json is valid', () => {
  const { problems, tools } = checkTools({ path: 'content/tools.json', source: readFileSync('content/tools.json', 'utf8') });
  assert.deepEqual(problems, []);
  assert.ok(Object.keys(tools).length > 10);
});

test('a pattern without {version}, a broken regular expression and unknown fields are named with file, line and field', () => {
  const { problems } = checkTools(
    file({
      'Node.js': { aliases: ['node'], versionPatterns: ['Node.js v(\\d+)'] },
      npm: { versionPatterns: ['npm@{version}('] },
      Git: { alias: ['git'] },
    }),
  );
  assert.deepEqual(
    problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.expected}`),
    [
      'content/tools.json:2 "Node.js".versionPatterns[0]: a pattern with exactly one {version} in it',
      `content/tools.json:10 "npm".versionPatterns[0]: a valid regular expression (Invalid regular expression: /npm@(?<version>\\d+(?:\\.\\d+){1,2})(?!\\d)(/gim: Unterminated group)`,
      'content/tools.json:15 "Git".alias: only the documented fields (aliases, versionPatterns, evidence; a pattern object has pattern and when)',
    ],
  );
});

test('a missing tools file is no problem; aliases resolve to the tool name, case-insensitively', () => {
  assert.deepEqual(checkTools(undefined).problems, []);
  const tools = { 'Node.js': { aliases: ['node', 'nodejs'], versionPatterns: [] } };
  assert.equal(canonicalTool('NodeJS', tools), 'Node.js');
  assert.equal(canonicalTool('node.js', tools), 'Node.js');
  assert.equal(canonicalTool('Deno', tools), 'Deno');
});
