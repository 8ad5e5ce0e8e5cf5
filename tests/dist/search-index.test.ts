import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { decodeVersionFacts } from '../../src/lib/versions/verdict.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { isPublished } from '../../src/content/published.ts';
import { readContent } from '../../src/content/read-content.ts';
import { decodeMeta, encodeTools, indexedText, reportTitles } from '../../src/lib/search/index-contract.ts';
import { termSequence } from '../../src/lib/normalize-error-text.ts';
import { pagefindInNode } from '../../src/mcp/pagefind-node.ts';
import { openSite } from '../../src/mcp/site-files.ts';
import { builtErrorSlugs } from '../support/built-site.ts';
import { headersFor, parseHeaders } from '../support/host-headers.ts';
import { pagefindFragments } from '../support/pagefind-fragments.ts';

const { categoriesFile, pageFiles } = readContent(process.cwd());
const { categories, pages } = checkContent(categoriesFile, pageFiles);
const published = pages.filter(isPublished);
const fragments = new Map(pagefindFragments('dist').map((f) => [f.url.split('/').filter(Boolean).pop()!, f]));
/** Letters and digits only: what the words are, whatever the spacing, punctuation or markup between them. */
const letters = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

test('Pagefind indexed exactly the error pages (dist/)', () => {
  const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { page_count: number }> };
  assert.equal(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0), builtErrorSlugs().length);
  assert.deepEqual([...fragments.keys()].sort(), published.map((p) => p.slug).sort());
});

test('each page indexes exactly what src/lib/search/index-contract.ts lists, labels and body left out (dist/)', () => {
  for (const { slug, data } of published) {
    const expected = indexedText({ ...data, categoryTitle: categories[data.category]!.title }).join(' ');
    assert.equal(letters(fragments.get(slug)!.content), letters(expected), `${slug}: the index and indexedText() disagree`);
  }
});

test("each page's data decodes to its own fields, and Pagefind has no metadata to index as words (dist/)", () => {
  for (const { slug, data } of published) {
    assert.deepEqual(fragments.get(slug)!.meta, {}, `${slug}: metadata values would be indexed`);
    const meta = decodeMeta(fragments.get(slug)!.data);
    assert.equal(meta.title, data.title);
    assert.equal(meta.category, categories[data.category]!.title);
    assert.equal(meta.signature, data.signature.trim().replace(/\s+/g, ' ')); // Pagefind collapses whitespace
    assert.equal(meta.quickFix.replace(/`/g, ''), data.quickFixes[0]!.replace(/`/g, ''));
    assert.equal(meta.wordings.length, 1 + data.variants.length, `${slug}: one wording per signature and variant`);
    assert.equal(meta.descriptions.length, 2 + data.symptoms.length, `${slug}: title, summary and one description per symptom`);
    assert.equal(encodeTools(data.tools), fragments.get(slug)!.data['tools']);
    const ranges = decodeVersionFacts(meta.versions)?.ranges ?? [];
    assert.equal(ranges.length, data.versions.length + data.versionedVariants.length, `${slug}: one version range per range and versioned variant`);
  }
});

test('a wording in Chinese, Japanese or Korean is found by each of its words alone, as the search looks them up (dist/)', async () => {
  const index = await pagefindInNode(openSite('dist'));
  const localized = published.flatMap(({ slug, data }) =>
    [data.signature, ...data.variants].flatMap((w) => termSequence(w).filter((t) => /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u.test(t))).map((term) => ({ slug, term })),
  );
  assert.ok(localized.length >= 5, `only ${localized.length} such words`);
  for (const { slug, term } of localized) {
    await index.preload([term]);
    const urls = await Promise.all((await index.pagesWith(term)).map(async ({ id }) => (await index.page(id)).url));
    assert.ok(urls.includes(`/errors/${slug}/`), `${slug}: searching "${term}" alone finds ${urls.join(', ') || 'nothing'}`);
  }
});

test("a word that only the title of a report a page cites holds finds that page (dist/)", async () => {
  // Plain words: Pagefind splits `gpt-4o` or `ERR_X` its own way, which the test of the contract above covers.
  const index = await pagefindInNode(openSite('dist'));
  const onlyInReports = published.flatMap(({ slug, data }) => {
    const own = new Set(termSequence(indexedText({ ...data, categoryTitle: '', sources: [] }).join('\n')));
    return [...new Set(reportTitles(data.sources).flatMap(termSequence))].filter((t) => /^[a-z]+$/.test(t) && !own.has(t)).map((term) => ({ slug, term }));
  });
  assert.ok(onlyInReports.length >= 50, `only ${onlyInReports.length} such words`);
  for (const { slug, term } of onlyInReports) {
    await index.preload([term]);
    const urls = await Promise.all((await index.pagesWith(term)).map(async ({ id }) => (await index.page(id)).url));
    assert.ok(urls.includes(`/errors/${slug}/`), `${slug}: searching "${term}" alone finds ${urls.join(', ') || 'nothing'}`);
  }
});

test("every Pagefind file that is a gzip stream is declared one in _headers, and nothing else is (dist/)", () => {
  const rules = parseHeaders(readFileSync('dist/_headers', 'utf8'));
  const files = readdirSync('dist/pagefind', { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  assert.ok(files.length > 10);
  for (const file of files) {
    const path = join(file.parentPath, file.name);
    const gzip = readFileSync(path).subarray(0, 2).equals(Buffer.from([0x1f, 0x8b]));
    const declared = headersFor(rules, `/${relative('dist', path)}`)['content-encoding'];
    assert.equal(declared, gzip ? 'gzip' : undefined, path);
  }
});
