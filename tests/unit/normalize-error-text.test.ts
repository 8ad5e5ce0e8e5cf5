import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorTerms, normalizeErrorText } from '../../src/lib/normalize-error-text.ts';
import { noisyEaddrinuse } from '../support/pastes.ts';

test('drops request ids but keeps the error type and status', () => {
  const terms = errorTerms(
    'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CZrAbCdEfGhIjKlMnOp"}',
  );
  assert.ok(terms.includes('529'));
  assert.ok(terms.includes('overloaded_error'));
  assert.ok(terms.includes('overloaded'));
  assert.ok(!terms.some((t) => t.startsWith('req_') || t.includes('011czr')), terms.join(' '));
});

test("drops elided ids and the indices of a JSON path: they are the reader's own conversation", () => {
  assert.deepEqual(
    errorTerms('messages.26: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_01HYpnnfC6gfpBvc4euYkA'),
    errorTerms('messages.5: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_01....'),
  );
  assert.deepEqual(errorTerms('messages.63.content.1: tool_use ids must be unique').slice(0, 2), ['messages', 'content']);
  assert.ok(errorTerms('HTTP 429 after 3.5 seconds').includes('429'));
});

test('keeps error codes: ERESOLVE, TS2307, 0308010C, ERR_REQUIRE_ESM', () => {
  assert.ok(errorTerms('npm ERR! code ERESOLVE').includes('eresolve'));
  assert.ok(errorTerms("src/app.ts(3,22): error TS2307: Cannot find module './x'").includes('ts2307'));
  assert.ok(errorTerms('Error: error:0308010C:digital envelope routines::unsupported').includes('0308010c'));
  const esm = errorTerms('Error [ERR_REQUIRE_ESM]: require() of ES Module /home/you/app/node_modules/x/index.js not supported.');
  assert.ok(esm.includes('err_require_esm') && esm.includes('require') && esm.includes('esm'));
});

test('reduces paths to their last part and drops user names in them', () => {
  const text = normalizeErrorText('npm ERR! path C:\\Users\\alice\\package.json\nerror: open /home/bob/work/app/.env');
  assert.ok(!/alice|bob|Users|home/.test(text), text);
  assert.match(text, /package\.json/);
  assert.match(normalizeErrorText('connect to the Docker daemon socket at unix:///var/run/docker.sock'), /docker\.sock/);
});

test('drops stack frames, ANSI colours, timestamps, log prefixes and prompts', () => {
  const text = normalizeErrorText(noisyEaddrinuse);
  assert.doesNotMatch(text, /setupListenHandle|listenInCluster|2024|12:04:55|ERROR\]|INFO\]|\u001b|bob|build-box|shop/);
  assert.match(text, /EADDRINUSE: address already in use :::3000/);
});

test('a traceback pasted into a one-line box, its line breaks turned into spaces, gives the same terms', () => {
  const python = [
    'Traceback (most recent call last):',
    '  File "C:\\Users\\me\\app\\main.py", line 6, in <module>',
    '    from openai import OpenAI',
    '  File "/usr/lib/python3.12/site-packages/openai/_base_client.py", line 1061, in _request',
    '    raise self._make_status_error_from_response(err.response) from None',
    "openai.NotFoundError: Error code: 404 - {'error': {'code': 'model_not_found'}}",
  ].join('\n');
  const node = `${noisyEaddrinuse}\n    at new Promise (<anonymous>)\n    at async main (file:///home/me/app/index.mjs:3:1)`;
  for (const paste of [python, node]) {
    const terms = errorTerms(paste);
    assert.ok(terms.length > 3, terms.join(' '));
    assert.deepEqual(errorTerms(paste.replace(/\n/g, ' ')), terms);
  }
  assert.ok(errorTerms(python).includes('model_not_found'));
  assert.ok(!errorTerms(python).some((t) => ['traceback', 'main', 'line', 'module'].includes(t)), errorTerms(python).join(' '));
});

test('drops e-mails, UUIDs, hashes, versions, long numbers and keys', () => {
  const text = normalizeErrorText(
    'user me@example.com key sk-ant-api03-AbCdEf123 id 123e4567-e89b-12d3-a456-426614174000 commit 3f2a9c1d0b Claude Code 2.0.76 prompt is too long: 215000 tokens > 200000 maximum',
  );
  assert.doesNotMatch(text, /example\.com|sk-ant|123e4567|3f2a9c1d0b|2\.0\.76|215000|200000/);
  assert.match(text, /prompt is too long: tokens > maximum/);
});

test('keeps git@github.com as the host of an SSH error', () => {
  assert.ok(errorTerms('git@github.com: Permission denied (publickey).').includes('publickey'));
  assert.ok(errorTerms('git@github.com: Permission denied (publickey).').includes('github'));
});

test("URLs are dropped: their hosts and paths are the reader's own", () => {
  const terms = errorTerms(
    "Access to fetch at 'https://api.acme.dev/v1/items' from origin 'http://localhost:5173' has been blocked by CORS policy",
  );
  assert.ok(!terms.some((t) => ['acme', 'dev', 'items', 'localhost', '5173'].includes(t)), terms.join(' '));
  assert.ok(terms.includes('cors') && terms.includes('blocked'));
});

test('terms are lowercased, unique and free of stop words', () => {
  assert.deepEqual(errorTerms('The the THE error Error'), ['error']);
});

test('keeps bracketed error names that are not log prefixes', () => {
  assert.ok(errorTerms('[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed').includes('certificate_verify_failed'));
  assert.ok(errorTerms(' ! [rejected]        main -> main (non-fast-forward)').includes('rejected'));
});

test("an issue title's label is dropped, the word in the reporter's sentence is not", () => {
  assert.ok(!errorTerms('[BUG] Claude start session with 100% usage!').includes('bug'));
  assert.ok(!errorTerms('[Feature Request][Question] retry on 529').includes('feature'));
  assert.ok(errorTerms('Two thirds of the limit went on a small bug fix').includes('bug'));
  assert.ok(errorTerms('[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed').includes('ssl'));
});

test("Python's traceback headers are dropped: every traceback has them", () => {
  const terms = errorTerms(
    'Traceback (most recent call last):\n  File "x.py", line 2, in <module>\nKeyError: 1\n\nDuring handling of the above exception, another exception occurred:\n\nValueError: bad',
  );
  assert.deepEqual(terms, ['keyerror', '1', 'valueerror', 'bad']);
});
