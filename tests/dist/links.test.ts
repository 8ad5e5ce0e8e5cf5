import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenLinks } from '../support/site-check/broken-links.ts';
import { readBuiltFiles } from '../support/site-check/read-built-files.ts';
import { site } from '../../src/site-config.ts';

test('every internal link and #anchor of the built site resolves (dist/)', () => {
  const files = readBuiltFiles('dist');
  assert.ok(files.some((f) => f.path.startsWith('errors/')), 'run `npm run build` first');
  assert.deepEqual(brokenLinks(files, site.base), []);
});
