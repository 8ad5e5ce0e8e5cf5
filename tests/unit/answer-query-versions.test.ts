import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerQuery, type SearchIndex } from '../../src/lib/search/answer-query.ts';
import { encodeWordings, META } from '../../src/lib/search/index-contract.ts';
import { normalizeRange } from '../../src/lib/versions/ranges.ts';
import { encodeVersionFacts, type VersionFacts } from '../../src/lib/versions/verdict.ts';
import { nodeEnvelopeStack } from '../support/pastes.ts';

/** A page as the search reads it from Pagefind's metadata: title, quick fix, one wording's terms, version facts. */
const indexed = (url: string, title: string, quickFix: string, wording: Array<[string, number]>, versions?: VersionFacts) => ({
  url,
  meta: {
    title,
    [META.quickFix]: quickFix,
    [META.wordings]: encodeWordings([wording]),
    ...(versions && { [META.versions]: encodeVersionFacts(versions) }),
  },
});

/**
 * The search step that reads versions from the paste and gives each result its verdict,
 * with an in-memory index standing in for Pagefind: two pages, one with a Node.js range.
 */
const pages: Record<string, { url: string; meta: Record<string, string> }> = {
  envelope: indexed(
    '/errors/node-digital-envelope/',
    'Error: error:0308010C:digital envelope routines::unsupported',
    'Upgrade webpack to 5.61 or later',
    [
      ['0308010c', 3],
      ['digital', 2],
      ['envelope', 2],
      ['routines', 2],
      ['unsupported', 1],
    ],
    { status: 'workaround', ranges: [{ tool: 'Node.js', range: normalizeRange('>=17.0.0'), shown: '>=17.0.0' }] },
  ),
  other: indexed('/errors/other/', 'Other', 'x', [
    ['envelope', 2],
    ['sealed', 3],
  ]),
};
const index = (toolVersions?: SearchIndex['toolVersions']): SearchIndex => ({
  preload: async () => {},
  pagesWith: async (term) =>
    Object.entries(pages)
      .filter(([, p]) => p.meta[META.wordings]!.includes(`${term}:`))
      .map(([id]) => ({ id, score: 1 })),
  page: async (id) => pages[id]!,
  ...(toolVersions && { toolVersions }),
});
const tools = async () => [{ tool: 'Node.js', patterns: ['^Node\\.js v{version}$'] }];
const stats = { totalPages: 10, commonTerms: new Set<string>(), frequencyRank: new Map<string, number>() };
const paste = `${nodeEnvelopeStack}

Node.js v18.19.0`;

test('a result whose page has a range for the pasted tool version gets the verdict and a hand-off', async () => {
  const { hits } = await answerQuery(paste, index(tools), stats);
  const envelope = hits.find((h) => h.url === '/errors/node-digital-envelope/')!;
  assert.equal(envelope.verdict?.state, 'affected');
  assert.equal(envelope.verdict?.text, 'Node.js 18.19.0 is affected (Node.js >=17.0.0). What works: Upgrade webpack to 5.61 or later.');
  assert.deepEqual(envelope.versions, { versions: [{ tool: 'Node.js', version: '18.19.0' }], wordings: [] });
  const other = hits.find((h) => h.url === '/errors/other/');
  assert.ok(other, 'the page without ranges is still a result');
  assert.equal(other.verdict, undefined);
});

test('no verdict without a version in the paste, or without the tool patterns', async () => {
  for (const [query, idx] of [
    ['Error: error:0308010C:digital envelope routines::unsupported', index(tools)],
    [paste, index()],
  ] as const) {
    const { hits } = await answerQuery(query, idx, stats);
    assert.ok(hits.length > 0);
    assert.ok(hits.every((h) => h.verdict === undefined && h.versions.versions.length === 0));
  }
});
