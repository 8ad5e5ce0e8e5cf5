import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtErrorSlugs } from '../support/built-site.ts';
import { noisyPaste, startMcp, type Lookup } from '../support/mcp-client.ts';

let mcp: Awaited<ReturnType<typeof startMcp>>;
before(async () => {
  mcp = await startMcp('dist');
});
after(() => mcp.client.close());

test('the MCP server lists lookup_error, which takes the raw text', async () => {
  const { tools } = await mcp.client.listTools();
  const tool = tools.find((t) => t.name === 'lookup_error');
  assert.ok(tool, tools.map((t) => t.name).join());
  assert.deepEqual(tool.inputSchema.required, ['text']);
});

test('lookup_error over stdio finds the pages from noisy pastes of their errors, strong, with quick fix and links', async () => {
  const missed: string[] = [];
  const slugs = builtErrorSlugs();
  for (const slug of slugs) {
    const twin = JSON.parse(readFileSync(`dist/errors/${slug}.json`, 'utf8')) as { signature: string; url: string; markdown: string };
    const noisy = await mcp.lookup(noisyPaste(twin.signature));
    // The noise (timestamp, stack frame, ids, e-mail) changes nothing that matters: the match and best page of the bare error.
    const bare = await mcp.lookup(twin.signature);
    const answer = (a: Lookup) => [a.match, a.pages[0]?.url];
    assert.deepEqual(answer(noisy), answer(bare), slug);
    if (noisy.match !== 'strong' || noisy.pages[0]?.url !== twin.url) {
      missed.push(`${slug} → ${noisy.match} ${noisy.pages[0]?.url}`);
      continue;
    }
    assert.equal(noisy.pages[0].markdownUrl, twin.markdown);
    assert.ok(noisy.pages[0].quickFix, slug);
    assert.ok(noisy.text.includes(twin.url) && noisy.text.includes('Match: strong'), noisy.text);
  }
  // Which page a signature finds is the search's floor, checked page by page in tests/e2e/signatures.spec.ts.
  assert.ok(missed.length <= slugs.length * 0.05, `not found first: ${missed.join(', ')}`);
});

test('a paste no page covers answers none, with no pages', async () => {
  const answer = await mcp.lookup('Reticulating splines: flux capacitor quorum lost');
  assert.equal(answer.match, 'none');
  assert.deepEqual(answer.pages, []);
});

test('a missing site is a clear error, not a hang', async () => {
  await assert.rejects(startMcp('no-such-folder'), /Connection closed/);
});
