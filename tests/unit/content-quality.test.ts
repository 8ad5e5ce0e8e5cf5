import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent } from '../../src/content/check-content.ts';
import { countSteps } from '../../src/content/body-sections.ts';
import { readContent } from '../../src/content/read-content.ts';

/** The real content folder, checked page by page. */
const { categoriesFile, pageFiles } = readContent(process.cwd());
const { pages: all, problems } = checkContent(categoriesFile, pageFiles);
/** Drafts (scaffolded by `npm run new`) are unfinished by design and never published. */
const pages = all.filter((p) => !p.data.draft);

const PLACEHOLDER_HOSTS = /(^|\.)(example\.(com|org|net)|localhost|test|invalid|your-?domain\.\w+)$/i;

test('the real content passes every content check', () => {
  assert.deepEqual(problems, []);
  assert.ok(pages.length >= 44, `only ${pages.length} pages`);
});

for (const page of pages) {
  test(`${page.slug}: signature, 2+ real https sources, 3+ steps, 400+ words`, () => {
    assert.ok(page.data.signature.trim().length > 0);
    const sources = page.data.sources.filter((s) => {
      const url = new URL(s.url);
      return url.protocol === 'https:' && !PLACEHOLDER_HOSTS.test(url.hostname);
    });
    assert.ok(sources.length >= 2, `${page.file}: ${sources.length} real https sources`);
    assert.ok(countSteps(page.body) >= 3, `${page.file}: ${countSteps(page.body)} steps`);
    const words = page.body
      .replace(/```[\s\S]*?```/g, '')
      .split(/\s+/)
      .filter(Boolean).length;
    assert.ok(words >= 400, `${page.file}: ${words} words of prose`);
  });
}

test('no paragraph is shared between two pages (no boilerplate)', () => {
  const seen = new Map<string, string>();
  const shared: string[] = [];
  for (const page of pages) {
    const paragraphs = page.body
      .replace(/```[\s\S]*?```/g, '')
      .split(/\n\s*\n/)
      .map((p) => p.trim().replace(/\s+/g, ' '))
      .filter((p) => p.length >= 80);
    for (const p of new Set(paragraphs)) {
      const first = seen.get(p);
      if (first && first !== page.slug) shared.push(`${first} and ${page.slug}: ${p.slice(0, 80)}…`);
      seen.set(p, page.slug);
    }
  }
  assert.deepEqual(shared, []);
});

test('near-identical families link each other', () => {
  const bySlug = new Map(pages.map((p) => [p.slug, p.data.related]));
  const families = [
    ['cc-session-limit-no-activity', 'cc-quota-increases-idle', 'cc-usage-limit-mid-session'],
    ['docker-sock-permission', 'docker-daemon-not-running'],
    ['openai-invalid-api-key', 'anthropic-401-invalid-key'],
    ['openai-rate-limit-tpm', 'anthropic-429-rate-limit'],
  ];
  for (const family of families) {
    for (const a of family) for (const b of family) if (a !== b) assert.ok(bySlug.get(a)?.includes(b), `${a} should list ${b} in related`);
  }
});
