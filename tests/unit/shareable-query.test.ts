import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asOneLine, MAX_QUERY_BYTES, shareableQuery } from '../../src/lib/search/shareable-query.ts';

test('a paste that fits in a link is left whole', () => {
  const paste = 'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree';
  assert.equal(shareableQuery(paste), paste);
});

test("a long paste keeps its start and its end, where errors are printed, within the link's size", () => {
  const frames = Array.from({ length: 400 }, (_, i) => `  File "/srv/app/module_${i}.py", line ${i}, in handler_${i}`).join('\n');
  const paste = `Traceback (most recent call last):\n${frames}\nopenai.NotFoundError: Error code: 404 - model_not_found`;
  const query = shareableQuery(paste);
  assert.ok(encodeURIComponent(query).length <= MAX_QUERY_BYTES, String(encodeURIComponent(query).length));
  assert.ok(query.startsWith('Traceback (most recent call last):'));
  assert.ok(query.endsWith('openai.NotFoundError: Error code: 404 - model_not_found'));
  assert.ok(query.includes(' … '));
});

test('a long paste is cut between words, and a text without spaces between characters, never inside one', () => {
  const words = shareableQuery('alpha_beta gamma_delta '.repeat(1000), 300);
  assert.ok(
    words.split(/\s+/).every((w) => ['alpha_beta', 'gamma_delta', '…', ''].includes(w)),
    words,
  );
  const unspaced = shareableQuery('错误🙂'.repeat(2000), 300);
  assert.ok(encodeURIComponent(unspaced).length <= 300);
  assert.ok(unspaced.length > 20 && unspaced.startsWith('错误🙂'), unspaced);
  assert.doesNotThrow(() => encodeURIComponent(unspaced)); // a lone surrogate would throw
});

test('a query in the one-line box keeps a space wherever a line broke, so no two words are glued', () => {
  const paste = 'raise self._make_status_error(...) from None\r\nanthropic.AuthenticationError: 401\rinvalid x-api-key\n';
  assert.equal(asOneLine(paste), 'raise self._make_status_error(...) from None anthropic.AuthenticationError: 401 invalid x-api-key ');
});
