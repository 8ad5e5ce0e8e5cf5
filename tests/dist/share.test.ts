import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkShareable } from '../support/shareable.ts';
import { site } from '../../src/site-config.ts';

test('every error page unfurls: tags early and absolute, a 1200×630 PNG card, valid JSON-LD, feeds (dist/)', () => {
  assert.deepEqual(checkShareable('dist', site.base), []);
});
