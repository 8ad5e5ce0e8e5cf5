import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chatMessage } from '../../src/lib/chat-message.ts';

test('title, first signature line in a code span, the quick fix and the link, one per line', () => {
  const text = chatMessage({
    title: 'npm ERESOLVE: unable to resolve dependency tree',
    signature: '\nnpm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree',
    quickFix: 'Run `npm install --legacy-peer-deps`.',
    url: 'https://kb.example/errors/npm-eresolve/',
  });
  assert.equal(
    text,
    'npm ERESOLVE: unable to resolve dependency tree\n`npm ERR! code ERESOLVE`\nQuick fix: Run npm install --legacy-peer-deps.\nhttps://kb.example/errors/npm-eresolve/',
  );
});

test('a backtick in the error keeps the code span intact', () => {
  assert.match(
    chatMessage({ title: 't', signature: 'The model `gpt-4` does not exist', quickFix: 'f', url: 'u' }),
    /^t\n``The model `gpt-4` does not exist``\n/,
  );
});
