import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtErrorSlugs } from '../support/built-site.ts';
import { noisyPaste, startMcp } from '../support/mcp-client.ts';

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

test('lookup_error over stdio finds every page from a noisy paste of its error, strong, with quick fix and links', async () => {
  for (const slug of builtErrorSlugs()) {
    const twin = JSON.parse(readFileSync(`dist/errors/${slug}.json`, 'utf8')) as { signature: string; url: string; markdown: string };
    const answer = await mcp.lookup(noisyPaste(twin.signature));
    assert.equal(answer.match, 'strong', slug);
    assert.equal(answer.pages[0]?.url, twin.url, slug);
    assert.equal(answer.pages[0]?.markdownUrl, twin.markdown);
    assert.ok(answer.pages[0]?.quickFix, slug);
    assert.ok(answer.text.includes(twin.url) && answer.text.includes('Match: strong'), answer.text);
  }
});

test('a paste no page covers answers none, with no pages', async () => {
  const answer = await mcp.lookup('Reticulating splines: flux capacitor quorum lost');
  assert.equal(answer.match, 'none');
  assert.deepEqual(answer.pages, []);
});

test('a missing site is a clear error, not a hang', async () => {
  await assert.rejects(startMcp('no-such-folder'), /Connection closed/);
});
