import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inShard, parseShard, shardOf } from '../../src/sharding/partition.ts';
import { mergeShards, writeShardMarker } from '../../src/sharding/merge-shards.ts';
import { shardFiles } from '../../src/sharding/shard-files.ts';

const slugs = Array.from({ length: 1000 }, (_, i) => `error-${i}-x`);

test('every slug is in exactly one shard, shards are balanced, and adding pages moves none', () => {
  for (const count of [1, 3, 4]) {
    const sizes = Array.from({ length: count }, (_, i) => slugs.filter((s) => inShard(s, { index: i + 1, count })).length);
    assert.equal(
      sizes.reduce((a, b) => a + b),
      slugs.length,
    );
    for (const size of sizes) assert.ok(Math.abs(size - slugs.length / count) < slugs.length / count / 5, `sizes ${sizes}`);
  }
  const before = new Map(slugs.map((s) => [s, shardOf(s, 4)]));
  const more = [...slugs, ...Array.from({ length: 500 }, (_, i) => `new-${i}`)];
  for (const s of more) if (before.has(s)) assert.equal(shardOf(s, 4), before.get(s));
  assert.equal(inShard('anything', undefined), true);
});

test('a shard is written i/N with 1 ≤ i ≤ N; anything else is refused saying so', () => {
  assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
  for (const bad of ['0/4', '5/4', '2', 'a/b', '1/0'])
    assert.throws(() => parseShard(bad), new RegExp(`expected a shard written as i/N.*found "${bad}"`));
});

function shards(files: Array<Record<string, string>>, count = files.length) {
  const root = mkdtempSync(join(tmpdir(), 'kb-merge-'));
  const dirs = files.map((set, i) => {
    const dir = join(root, `s${i + 1}`);
    for (const [path, text] of Object.entries(set)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    writeShardMarker(dir, { index: i + 1, count }, []);
    return dir;
  });
  return { root, dirs, out: join(root, 'out') };
}

test('merging joins each shard’s pages and keeps one copy of the routes all shards write alike', () => {
  const { root, dirs, out } = shards([
    { 'index.html': 'home', 'errors/a/index.html': 'a' },
    { 'index.html': 'home', 'errors/b/index.html': 'b' },
  ]);
  try {
    assert.deepEqual(mergeShards(dirs, out), { files: 3, shared: 1 });
    assert.equal(readFileSync(join(out, 'errors/b/index.html'), 'utf8'), 'b');
    assert.equal(existsSync(join(out, '.kb-shard.json')), false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('merging fails, naming the file and the shards, when a shared route differs between shards', () => {
  const { root, dirs, out } = shards([{ 'sitemap.xml': 'one' }, { 'sitemap.xml': 'two' }]);
  try {
    assert.throws(() => mergeShards(dirs, out), /sitemap\.xml \(shard 1 and shard 2 differ\)/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('npm run merge, whose files are joined on a worker thread, fails naming the differing file and leaves no half site', () => {
  const { root, dirs, out } = shards([{ 'sitemap.xml': 'one' }, { 'sitemap.xml': 'two' }]);
  try {
    const { status, stderr } = spawnSync(process.execPath, ['src/cli/merge-shards.ts', '--out', out, ...dirs], { encoding: 'utf8' });
    assert.equal(status, 1);
    assert.match(stderr, /merge failed: .*\n\s+sitemap\.xml \(shard 1 and shard 2 differ\)/);
    assert.equal(existsSync(out), false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('merging fails when a shard is missing or is not a shard’s output', () => {
  const { root, dirs, out } = shards([{ 'a.html': 'a' }, { 'b.html': 'b' }], 3);
  try {
    assert.throws(() => mergeShards(dirs, out), /expected the outputs of shards 1\/N … N\/N, each once; found 1\/3, 2\/3/);
    assert.throws(() => mergeShards([root], out), /not the output of a sharded build/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a shard lists exactly its own page files, in sub-folders too, and the shards together list every one once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-shard-files-'));
  try {
    const names = [...slugs.slice(0, 200).map((s) => `${s}.mdx`), 'sub/nested-page.mdx', 'sub/plain-page.md'];
    mkdirSync(join(dir, 'sub'));
    for (const n of names) writeFileSync(join(dir, n), '');
    writeFileSync(join(dir, 'notes.txt'), '');
    const lists = [1, 2, 3].map((index) => shardFiles(dir, { index, count: 3 }));
    for (const [i, list] of lists.entries())
      for (const file of list) assert.equal(shardOf(file.replace(/^sub\//, '').replace(/\.mdx?$/, ''), 3), i + 1, file);
    assert.deepEqual(lists.flat().sort(), [...names].sort());
    assert.deepEqual(shardFiles(dir, undefined), [...names].sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
