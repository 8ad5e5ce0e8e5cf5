import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteTermStats } from '../../src/lib/common-terms.ts';
import { indexedParts, reportTitles, WEIGHTS } from '../../src/lib/search/index-contract.ts';
import { searchableWords, searchRecord } from '../../src/lib/search/index-records.ts';
import { siteStats } from '../../src/lib/search/answer-query.ts';
import { queryTerms, termsToSearch } from '../../src/lib/search/query-terms.ts';
import { searchTerms } from '../../src/lib/search/retrieve.ts';
import { RANKING } from '../../src/lib/search/settings.ts';

const page = {
  title: 'npm ERESOLVE: unable to resolve dependency tree',
  categoryTitle: 'Package managers',
  tools: ['npm'],
  status: 'workaround' as const,
  affects: [],
  signature: 'npm error code ERESOLVE\nnpm error ERESOLVE unable to resolve dependency tree',
  variants: ['npm ERR! code ERESOLVE'],
  symptoms: [{ text: 'npm install fails after upgrading React' }],
  summary: 'A peer dependency of one package conflicts with the version another needs.',
  quickFixes: ['Run `npm install --legacy-peer-deps`.'],
  causes: ['Two packages need incompatible versions of a peer.'],
  sources: [
    { title: 'npm Docs: npm install', kind: 'official' as const },
    { title: 'example/app#12: ERESOLVE breaks install after upgrading to npm 7', kind: 'issue' as const },
    { title: 'Example Forum #34: npm install fails with peer dependency conflict', kind: 'forum' as const },
  ],
};

/** `n` pages: every one has `everywhere`, one in `every` has `sometimes`, each has its own code. */
const site = (n: number, everywhere: string[], sometimes: Record<string, number>) =>
  Array.from({ length: n }, (_, i) => [...everywhere, ...Object.keys(sometimes).filter((t) => i % sometimes[t]! === 0), `code${i}`]);

test('a large site lists its frequent terms, most frequent first, the common ones leading; a small one lists none', () => {
  // "rare" is on 2 of 1,000 pages: below 1%, not listed; no page code is.
  assert.deepEqual(siteTermStats(site(1000, ['error'], { npm: 2, cache: 50, rare: 500 })), {
    frequentTerms: ['error', 'npm', 'cache'],
    common: 2,
  });
  assert.deepEqual(siteTermStats(site(50, ['error'], { npm: 2 })), { frequentTerms: [], common: 0 });
});

test("a long story before the error does not crowd the error's words out of the searched terms", () => {
  const story = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
  const error = "API Error: Claude's response exceeded the 32000 output token maximum.";
  for (const paste of [
    `${story}\nthen it throws\n\`\`\`\n${error}\n\`\`\` at me`,
    `${story} then it throws \`\`\` ${error} \`\`\` at me`,
  ]) {
    const terms = queryTerms(paste);
    assert.equal(terms.length, RANKING.maxTerms);
    assert.deepEqual(terms.slice(0, 7), ['api', 'error', 'claude', 'response', 'exceeded', 'output', 'token'], paste);
    assert.ok(terms.includes('word0'), 'the story follows, in its order');
  }
});

test('a one-line traceback splits at its frames, so its code lines do not lead the error line', () => {
  const frames = Array.from(
    { length: 12 },
    (_, i) => `File "/usr/lib/python3/http/client.py", line ${i}, in send_${i} self.send_${i}(body, headers_${i})`,
  );
  const paste = `${frames.join(' ')} ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed`;
  // The error's part starts with the last frame's code line ("self.send_11(…)"), then the error.
  const first = queryTerms(paste).slice(0, 12);
  assert.ok(first.includes('sslcertverificationerror') && first.includes('certificate_verify_failed'), first.join(' '));
  assert.ok(!first.includes('send_0'), first.join(' '));
});

test('a small site searches its terms in paste order, all but the common ones', () => {
  const stats = { commonTerms: new Set(['error']), frequencyRank: new Map<string, number>() };
  assert.deepEqual(termsToSearch(['error', 'npm', 'cache', 'eresolve'], stats), ['npm', 'cache', 'eresolve']);
  assert.deepEqual(termsToSearch(['error'], stats), ['error']);
});

test('a large site orders the terms rarest first: unlisted ones first, in paste order, then the listed by page count', () => {
  const stats = siteStats({ site: '/', totalPages: 10_000, frequentTerms: ['error', 'npm', 'dependency', 'tree'], common: 1 });
  assert.deepEqual(termsToSearch(['npm', 'error', 'eresolve', 'dependency', 'tree', 'peer'], stats), [
    'eresolve',
    'peer',
    'tree',
    'dependency',
    'npm',
  ]);
  assert.deepEqual(termsToSearch(['error', 'npm'], { ...stats, commonTerms: new Set(['error', 'npm']) }), ['npm', 'error']);
});

/** A site where each term is on the pages listed. */
const index = (pages: Record<string, string[]>) => {
  const searched: string[] = [];
  const preloaded: string[][] = [];
  const preload = async (terms: readonly string[]) => void preloaded.push([...terms]);
  const pagesWith = async (term: string) => (searched.push(term), (pages[term] ?? []).map((id) => ({ id, score: 1 })));
  return { searched, preloaded, preload, pagesWith };
};
const many = (n: number, prefix = 'p') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

test('a small site searches every term at once', async () => {
  const small = index({ a: ['p1'] });
  await searchTerms(['a', 'b', 'c', 'd', 'e'], small, false);
  assert.deepEqual(small.searched, ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(small.preloaded, [['a', 'b', 'c', 'd', 'e']]);
});

test('a large site stops searching once the terms found narrow it down to a few pages', async () => {
  const { firstSearches, maxSearches } = RANKING.largeSite;
  // A rare code: the first searches are enough.
  const code = index({ code1: ['p1'], budget: many(300) });
  await searchTerms(['code1', 'budget', 'batch', 'npx', 'closed'], code, true);
  assert.deepEqual(code.searched, ['code1', 'budget', 'batch', 'npx', 'closed'].slice(0, firstSearches));
  // Common-ish words that many pages share, or a word no page has: one more search at a time, up to the limit.
  const vague = index({ limit: many(500), usage: many(400), session: many(20), reached: ['p1', 'p2'] });
  const hits = await searchTerms(['typo', 'session', 'reached', 'usage', 'limit', 'hit'], vague, true);
  assert.deepEqual(vague.searched, ['typo', 'session', 'reached'].slice(0, Math.max(firstSearches, 3)));
  assert.ok(hits.length <= maxSearches);
  // Each batch is loaded before it is searched, and only it.
  assert.deepEqual(vague.preloaded.flat(), vague.searched);
  const none = index({});
  await searchTerms(many(10, 't'), none, true);
  assert.equal(none.searched.length, maxSearches);
});

test('on a large site the index leaves out stop words and common terms, and keeps every word a search may look up', () => {
  const keep = searchableWords({ frequentTerms: ['error', 'code', 'npm'], common: 2 });
  assert.equal(keep('npm error code ERESOLVE: unable to resolve the tree').replace(/\s+/g, ' '), 'npm ERESOLVE: unable resolve tree');
  // A code whose parts are common stays whole: the code itself is searched.
  assert.equal(keep('ERR_CODE').trim(), 'ERR_CODE');
  const small = searchableWords({ frequentTerms: [], common: 0 });
  assert.equal(small('npm error code the tree'), 'npm error code the tree');
});

test("the titles of the reports a page cites are indexed in their reporters' words, without our label; documentation titles are not", () => {
  assert.deepEqual(reportTitles(page.sources), [
    'ERESOLVE breaks install after upgrading to npm 7',
    'npm install fails with peer dependency conflict',
  ]);
  const texts = indexedParts(page).map((p) => p.text);
  assert.ok(texts.includes('ERESOLVE breaks install after upgrading to npm 7'));
  assert.ok(!texts.some((t) => t.includes('example/app#12') || t.includes('npm Docs')));
  const { content } = searchRecord('npm-eresolve', page, {}, (t) => t);
  assert.match(content, new RegExp(`<p data-pagefind-weight="${WEIGHTS.report}">ERESOLVE breaks install after upgrading to npm 7</p>`));
});

test('a record holds the indexed parts with their weights, and its data as filter values (escaped), not metadata Pagefind would index', () => {
  const { url, content } = searchRecord('npm-eresolve', page, { title: page.title, signature: 'a "b" <c>', versions: '' }, (t) => t);
  assert.equal(url, '/errors/npm-eresolve/');
  assert.match(content, new RegExp(`<p data-pagefind-weight="${WEIGHTS.title}">npm ERESOLVE: unable to resolve dependency tree</p>`));
  assert.match(content, new RegExp(`<p data-pagefind-weight="${WEIGHTS.wording}">npm ERR! code ERESOLVE</p>`));
  assert.match(content, /<p>Run npm install --legacy-peer-deps\.<\/p>/);
  assert.match(content, /data-pagefind-filter="title\[data-title\], signature\[data-signature\]"/);
  assert.doesNotMatch(content, /data-pagefind-meta/);
  assert.match(content, /data-signature="a &quot;b&quot; &lt;c&gt;"/);
  assert.doesNotMatch(content, /data-versions/, 'empty metadata is left out');
  assert.equal(content.match(/<p[ >]/g)!.length, indexedParts(page).length);
});
