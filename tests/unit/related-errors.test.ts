import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent } from '../../src/content/check-content.ts';
import { readContent } from '../../src/content/read-content.ts';
import { relatedErrors, type RelatedInput } from '../../src/lib/related-errors.ts';
import { nearDuplicates } from '../../src/lib/near-duplicates.ts';

const { categoriesFile, pageFiles } = readContent(process.cwd());
const { pages } = checkContent(categoriesFile, pageFiles);
const inputs: RelatedInput[] = pages.map((p) => ({ slug: p.slug, ...p.data }));
const related = relatedErrors(inputs);
const slugsFor = (slug: string) => related.get(slug)!.map((r) => r.slug);

test('every page gets 3 to 6 related errors, each with a reason, never itself', () => {
  for (const [slug, list] of related) {
    assert.ok(list.length >= 3 && list.length <= 6, `${slug}: ${list.length}`);
    assert.ok(list.every((r) => r.reason.length > 0 && r.slug !== slug));
    assert.equal(new Set(list.map((r) => r.slug)).size, list.length);
  }
});

test('families of errors point at each other', () => {
  const families: string[][] = [
    ['cc-session-limit-no-activity', 'cc-quota-increases-idle', 'cc-usage-limit-mid-session'],
    ['docker-sock-permission', 'docker-daemon-not-running'],
    ['openai-rate-limit-tpm', 'anthropic-429-rate-limit'],
    ['openai-invalid-api-key', 'anthropic-401-invalid-key'],
    ['openai-context-length', 'anthropic-prompt-too-long'],
  ];
  for (const family of families) {
    for (const a of family)
      for (const b of family) if (a !== b) assert.ok(slugsFor(a).includes(b), `${a} → ${slugsFor(a).join(', ')} lacks ${b}`);
  }
});

test('similarity alone (no explicit links) still finds the families', () => {
  const scored = relatedErrors(inputs.map((p) => ({ ...p, related: [] })));
  const of = (slug: string) => scored.get(slug)!.map((r) => r.slug);
  assert.ok(of('docker-sock-permission').includes('docker-daemon-not-running'), of('docker-sock-permission').join(', '));
  assert.ok(of('openai-rate-limit-tpm').includes('anthropic-429-rate-limit'), of('openai-rate-limit-tpm').join(', '));
  assert.ok(of('cc-usage-limit-mid-session').includes('cc-session-limit-no-activity'), of('cc-usage-limit-mid-session').join(', '));
});

test('explicit related slugs come first, in the order written', () => {
  for (const p of inputs) {
    const explicit = p.related.filter((s) => s !== p.slug).slice(0, 6);
    assert.deepEqual(slugsFor(p.slug).slice(0, explicit.length), explicit, p.slug);
  }
});

test('deterministic: same content, same lists, whatever the input order', () => {
  const again = relatedErrors([...inputs].reverse());
  for (const [slug, list] of related) assert.deepEqual(again.get(slug), list);
});

test('listing related errors for some pages gives those pages the lists a whole build gives them', () => {
  const some = new Set(inputs.filter((_, i) => i % 3 === 0).map((p) => p.slug));
  const partial = relatedErrors(inputs, { listFor: (slug) => some.has(slug) });
  assert.deepEqual([...partial.keys()].sort(), [...some].sort());
  for (const slug of some) assert.deepEqual(partial.get(slug), related.get(slug), slug);
});

test('near-duplicate signatures are found; the real content has none', () => {
  assert.deepEqual(nearDuplicates(pages.map((p) => ({ id: p.slug, signature: p.data.signature }))), []);
  const pairs = nearDuplicates([
    { id: 'a', signature: 'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree' },
    { id: 'b', signature: 'npm error code ERESOLVE\nnpm error ERESOLVE unable to resolve dependency tree' },
    { id: 'c', signature: 'fatal: refusing to merge unrelated histories' },
  ]);
  assert.deepEqual(
    pairs.map((p) => [p.a, p.b]),
    [['a', 'b']],
  );
});

test('near-duplicates reported for some pages: exactly the pairs whose second page is among them', () => {
  const signature = (i: number) => `ENOENT: no such file or directory, open widget${i % 4} config gadget${Math.floor(i / 4)}`;
  const pages = Array.from({ length: 12 }, (_, i) => ({ id: `p${String(i).padStart(2, '0')}`, signature: signature(i % 6) }));
  const all = nearDuplicates(pages);
  assert.ok(all.length >= 6, `${all.length} pairs`);
  const odd = (id: string) => Number(id.slice(1)) % 2 === 1;
  assert.deepEqual(
    nearDuplicates(pages, { reportedFor: odd }),
    all.filter((p) => odd(p.b)),
  );
});
