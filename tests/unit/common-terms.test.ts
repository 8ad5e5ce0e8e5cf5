import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commonTerms } from '../../src/lib/common-terms.ts';

const site = (n: number, everywhere: string[], sometimes: string[]) =>
  Array.from({ length: n }, (_, i) => [...everywhere, ...(i % 10 === 0 ? sometimes : []), `unique${i}`]);

test('terms on a large share of a large site are common, rarer ones are not', () => {
  assert.deepEqual(commonTerms(site(1000, ['error', 'code'], ['npm'])), ['code', 'error']);
  assert.deepEqual(commonTerms(site(1000, ['error'], ['npm']), { share: 0.1, min: 100 }), ['error', 'npm']);
});

test('a small site skips nothing, however common a term', () => {
  assert.deepEqual(commonTerms(site(44, ['error', 'code'], [])), []);
});

test('a term counts once per page', () => {
  assert.deepEqual(commonTerms([...Array.from({ length: 150 }, () => ['x']), ...Array.from({ length: 850 }, () => ['y', 'y', 'y'])]), [
    'y',
  ]);
});
