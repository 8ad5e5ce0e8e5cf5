import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorPageFields, faqSchema, sourceKinds, sourceSchema, statuses } from '../../src/schema/error-page.ts';
import { lineDiff } from '../../src/schema-reference/line-diff.ts';
import { currentBlock, END, realCategoryIds, replaceBlock, schemaReference, START } from '../../src/schema-reference/reference-block.ts';

const contributing = readFileSync('CONTRIBUTING.md', 'utf8');
const generated = schemaReference();
const rowOf = (field: string) =>
  generated
    .split('\n')
    .find((line) => line.startsWith(`| \`${field}\` |`))
    ?.split(' | ');

test("CONTRIBUTING.md's frontmatter reference is exactly what the schema gives", () => {
  const block = currentBlock(contributing);
  assert.ok(block, `CONTRIBUTING.md has no ${START} … ${END} block`);
  assert.equal(block, generated, 'run `node src/cli/schema-reference.ts --write`');
});

test('the reference has one row per schema field, with required, defaults, options and limits from the schema', () => {
  const ids = realCategoryIds();
  const shape = errorPageFields(ids).shape;
  for (const field of Object.keys(shape)) assert.ok(rowOf(field), `no row for ${field}`);
  for (const field of Object.keys(sourceSchema.shape)) assert.ok(rowOf(`sources[].${field}`), `no row for sources[].${field}`);
  for (const field of Object.keys(faqSchema.shape)) assert.ok(rowOf(`faq[].${field}`), `no row for faq[].${field}`);

  for (const [field, isOptional] of Object.entries(shape).map(([k, v]) => [k, v.safeParse(undefined).success] as const)) {
    assert.equal(rowOf(field)![2], isOptional ? 'no' : 'yes', `${field}: required column`);
  }
  assert.equal(rowOf('draft')![3], '`false`');
  assert.equal(rowOf('variants')![3], '`[]` (none)');
  assert.match(rowOf('title')![4]!, /at most 120 characters/);
  assert.match(rowOf('summary')![4]!, /at most 160 characters; a single line/);
  assert.match(rowOf('tools')![4]!, /at least 1 item/);
  assert.match(rowOf('sources[].url')![4]!, /`https:\/\/` only/);
  for (const id of ids) assert.ok(rowOf('category')![1]!.includes(`\`${id}\``), `category ${id} listed`);
  for (const kind of sourceKinds) assert.ok(rowOf('sources[].kind')![1]!.includes(`\`${kind}\``));
  for (const status of statuses) assert.ok(rowOf('status')![1]!.includes(`\`${status}\``));
});

test('a schema change shows up: another category list gives another block', () => {
  const other = schemaReference(['only-one']);
  assert.notEqual(other, generated);
  assert.match(lineDiff(generated, other), /^- \| `category` \|.*\n\+ \| `category` \| one of `only-one` \|/m);
});

test('--check fails with a diff on a stale file, --write fixes it, and text around the block is kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-schema-ref-'));
  try {
    const file = join(dir, 'CONTRIBUTING.md');
    const stale = replaceBlock(contributing, generated.replace('at most 120 characters', 'at most 99 characters'));
    writeFileSync(file, stale);
    const run = (flag: string) => spawnSync(process.execPath, ['src/cli/schema-reference.ts', flag, '--file', file], { encoding: 'utf8' });

    const failed = run('--check');
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /^- \| `title` \|.*at most 99 characters/m);
    assert.match(failed.stderr, /^\+ \| `title` \|.*at most 120 characters/m);

    assert.equal(run('--write').status, 0);
    assert.equal(readFileSync(file, 'utf8'), contributing);
    assert.equal(run('--check').status, 0);

    writeFileSync(file, '# No markers here\n');
    const missing = run('--check');
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no "<!-- schema-reference:start -->"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--check passes on the real CONTRIBUTING.md', () => {
  const result = spawnSync(process.execPath, ['src/cli/schema-reference.ts', '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});
