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
