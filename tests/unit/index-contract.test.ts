import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latestQuery } from '../../src/client/latest-query.ts';
import { errorTerms } from '../../src/lib/normalize-error-text.ts';
import { decodeTools, decodeWordings, encodeTools, encodeWordings } from '../../src/lib/search/index-contract.ts';
import { wordingTerms } from '../../src/lib/wording-terms.ts';

test('tools travel as their terms, normalized at build time', () => {
  const tools = ['Claude Code', 'Node.js', 'npm', 'Docker Desktop 4.x'];
  assert.deepEqual(decodeTools(encodeTools(tools)), tools.map(errorTerms));
  assert.deepEqual(decodeTools(encodeTools([])), [[]]);
});

test('wordings survive their encoding, weights and all', () => {
  const wordings = wordingTerms([
    { slug: 'a', wordings: ['npm error code ERESOLVE', 'npm ERR! ERESOLVE unable to resolve dependency tree'] },
    { slug: 'b', wordings: ['listen EADDRINUSE: address already in use :::3000'] },
  ]).get('a')!;
  assert.deepEqual(decodeWordings(encodeWordings(wordings)), wordings);
});

test('only the latest query is shown: an earlier one answering late is dropped', async () => {
  const answers = new Map<string, () => void>();
  const queries = latestQuery((q: string) => new Promise<string>((resolve) => answers.set(q, () => resolve(q))));
  const first = queries.run('first');
  const second = queries.run('second');
  answers.get('second')!();
  answers.get('first')!();
  assert.deepEqual(await second, { outcome: 'second' });
  assert.equal(await first, undefined);
  const third = queries.run('third');
  queries.cancel();
  answers.get('third')!();
  assert.equal(await third, undefined);
});
