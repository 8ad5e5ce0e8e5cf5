import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readBuiltFiles } from '../support/site-check/read-built-files.ts';

/** Script types a browser runs (the rest, like JSON-LD, are data the CSP does not govern). */
const RUNS = /^(|text\/javascript|module)$/i;

test('every inline script a built page runs is allowed by that page’s CSP hash (dist/)', () => {
  const unhashed: string[] = [];
  let inline = 0;
  for (const { path, html } of readBuiltFiles('dist').filter((f) => f.path.endsWith('.html'))) {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? [];
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attributes!) || !RUNS.test(/\btype="([^"]*)"/.exec(attributes!)?.[1] ?? '')) continue;
      inline++;
      const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
      if (!scriptSrc.includes(hash)) unhashed.push(`${path}: ${body!.slice(0, 60)}…`);
    }
  }
  assert.ok(inline > 0, 'no inline script found: the search page starts its worker from one');
  assert.deepEqual(unhashed, []);
});
