import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const pages = readdirSync('dist/errors', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const html = (slug: string) => readFileSync(join('dist/errors', slug, 'index.html'), 'utf8');

test('Pagefind indexed exactly the error pages (dist/)', () => {
  const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { page_count: number }> };
  assert.equal(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0), pages.length);
});

test('the index gets what identifies an error, not the body, sources or related links (dist/)', () => {
  for (const slug of pages) {
    const page = html(slug);
    const article = /<article[^>]*data-pagefind-body[\s\S]*<\/article>/.exec(page)?.[0] ?? '';
    const head = article.slice(0, article.indexOf('<div class="body"'));
    for (const part of ['<h1', 'data-pagefind-meta="signature"', 'data-pagefind-meta="summary"', 'data-pagefind-meta="quickfix"']) {
      assert.ok(head.includes(part), `${slug}: ${part} is not before the body`);
    }
    // Above the body, only the dates (updated, last verified), the stale banner, the version ranges and the share buttons stay out.
    const ignored = head.match(/<\w+ class="[^"]*"[^>]*data-pagefind-ignore/g)?.map((t) => /class="([^"]*)"/.exec(t)![1]) ?? [];
    assert.deepEqual(ignored.filter((c) => !['muted', 'stale-banner', 'versions', 'share'].includes(c!)), [], slug);
    assert.ok(ignored.includes('share'), `${slug}: the share buttons are indexed`);
    assert.match(article, /<div class="body"[^>]*data-pagefind-ignore/, `${slug}: the body is indexed`);
    for (const section of ['sources', 'related']) assert.match(article, new RegExp(`aria-labelledby="${section}" data-pagefind-ignore`), `${slug}: ${section} indexed`);
  }
});
