import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStale, staleWarnings } from '../../src/lib/freshness.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

test('a page is stale when verified more than the configured number of days ago', () => {
  assert.equal(isStale(d('2026-06-01'), d('2026-11-28'), 180), false, '180 days: not yet');
  assert.equal(isStale(d('2026-06-01'), d('2026-11-29'), 180), true, '181 days');
  assert.equal(isStale(d('2026-11-01'), d('2026-11-29'), 20), true, 'the age is configurable');
  assert.equal(isStale(undefined, d('2026-11-29'), 180), false, 'never verified: nothing to date');
});

test('npm run check lists stale pages oldest first, with their age', () => {
  const warnings = staleWarnings(
    [
      { file: 'content/errors/b.mdx', verified: d('2026-01-10') },
      { file: 'content/errors/fresh.mdx', verified: d('2026-11-20') },
      { file: 'content/errors/a.mdx', verified: d('2025-12-01') },
      { file: 'content/errors/none.mdx' },
    ],
    d('2026-11-29'),
    180,
  );
  assert.deepEqual(
    warnings.map((w) => w.split(':')[0]),
    ['content/errors/a.mdx', 'content/errors/b.mdx'],
  );
  assert.match(warnings[0]!, /last verified 2025-12-01, 363 days ago \(more than 180\)/);
});
