import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { checkContent, type SourceFile } from '../../src/content/check-content.ts';
import { parseFrontmatter } from '../../src/content/frontmatter.ts';
import { readContent } from '../../src/content/read-content.ts';
import { SLUG_PATTERN } from '../../src/schema/slug.ts';
import { coveredMessage, coveringPages } from '../../src/content/scaffold/covering-pages.ts';
import { TODO_SOURCE_URL } from '../../src/content/scaffold/draft-page.ts';
import { signatureText } from '../../src/content/scaffold/error-text.ts';
import { existingPages } from '../../src/content/scaffold/existing-pages.ts';
import { personalDataHints } from '../../src/content/scaffold/personal-data.ts';
import { proposeCategory } from '../../src/content/scaffold/propose-category.ts';
import { MAX_SLUG_LENGTH, proposeSlug, uniqueSlug } from '../../src/content/scaffold/propose-slug.ts';
import { scaffold } from '../../src/content/scaffold/scaffold.ts';

/** The real content, as `npm run new` sees it. */
const { categoriesFile, pageFiles } = readContent(process.cwd());
const { categories, pages } = checkContent(categoriesFile, pageFiles);
const existing = existingPages(pages);
const today = '2026-11-27';
const make = (text: string, options: { slug?: string; category?: string } = {}) =>
  scaffold({ text, pages: existing, categories, today, ...options });

/** Checks a generated page together with every real page, as `npm run check:content` would. */
function check(slug: string, source: string) {
  const file: SourceFile = { path: `content/errors/${slug}.mdx`, source };
  const result = checkContent(categoriesFile, [...pageFiles, file]);
  return { problems: result.problems, page: result.pages.find((p) => p.slug === slug) };
}

test('"npm error code ERESOLVE" warns that npm-eresolve covers it, and still proposes a unique slug and node-npm', () => {
  const result = make('npm error code ERESOLVE');
  assert.equal(result.covering[0]?.page.slug, 'npm-eresolve');
  assert.equal(result.covering.length, 1, `only npm-eresolve, found ${result.covering.map((c) => c.page.slug).join(', ')}`);
  const eresolve = existing.find((p) => p.slug === 'npm-eresolve')!;
  assert.equal(
    coveredMessage(result.covering[0]!),
    `Already covered? ${eresolve.title} — /errors/npm-eresolve/ (content/errors/npm-eresolve.mdx)`,
  );
  assert.equal(result.slug, 'npm-eresolve-2');
  assert.equal(result.category, 'node-npm');
});

test('known errors in other wordings find their page and category', () => {
  const cases: Array<[text: string, slug: string, category: string]> = [
    ['Error: listen EADDRINUSE: address already in use :::8081', 'node-eaddrinuse', 'node-npm'],
    [
      "error TS2307: Cannot find module './utils/format' or its corresponding type declarations.",
      'ts2307-cannot-find-module',
      'web-typescript',
    ],
    ['fatal: refusing to merge unrelated histories', 'git-unrelated-histories', 'git'],
    ['git@github.com: Permission denied (publickey).', 'git-publickey', 'git'],
  ];
  for (const [text, slug, category] of cases) {
    const result = make(text);
    assert.equal(result.covering[0]?.page.slug, slug, text);
    assert.equal(result.category, category, text);
  }
});

test('an unrelated error gets a readable slug and no warning', () => {
  const result = make('kubectl: error: You must be logged in to the server (Unauthorized)');
  assert.deepEqual(result.covering, []);
  assert.match(result.slug, SLUG_PATTERN);
  assert.ok(result.slug.length <= MAX_SLUG_LENGTH);
  assert.match(result.slug, /^kubectl-/);
  assert.match(result.slug, /unauthorized/);
  assert.ok(Object.keys(categories).includes(result.category));
});

test('slugs lead with the tool and the error code, and leave out quoted names, numbers and noise', () => {
  assert.equal(proposeSlug('npm ERR! code ERESOLVE', existing, new Set()), 'npm-eresolve');
  const pnpm = proposeSlug(
    'ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date',
    existing,
  );
  assert.match(pnpm, /^err-pnpm-outdated-lockfile(-|$)/);
  assert.doesNotMatch(pnpm, /frozen/);
  const python = proposeSlug(
    'Traceback (most recent call last):\n  File "/home/you/app.py", line 3, in <module>\n    import zorblax\nModuleNotFoundError: No module named \'zorblax\'',
    existing,
  );
  assert.equal(python, 'modulenotfounderror-no-module-named');
  const long = proposeSlug(
    'fatal: the quick brown foxes jumped over several extraordinarily lazy sleeping watchdogs near riverbanks',
    existing,
  );
  assert.ok(long.length <= MAX_SLUG_LENGTH, long);
  assert.match(long, SLUG_PATTERN);
});

test('uniqueSlug suffixes -2, -3 and keeps within the length limit', () => {
  assert.equal(uniqueSlug('npm-eresolve', new Set(['npm-eresolve'])), 'npm-eresolve-2');
  assert.equal(uniqueSlug('npm-eresolve', new Set(['npm-eresolve', 'npm-eresolve-2'])), 'npm-eresolve-3');
  const base = 'a'.repeat(20) + '-' + 'b'.repeat(20) + '-' + 'c'.repeat(8);
  const next = uniqueSlug(base, new Set([base]));
  assert.ok(next.length <= MAX_SLUG_LENGTH && next.endsWith('-2'), next);
});

test('category proposal scores existing pages and falls back to the first category', () => {
  assert.equal(
    proposeCategory(
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
      existing,
      categories,
    ).category,
    'docker',
  );
  assert.equal(proposeCategory('qwxz plorb', existing, categories).category, Object.keys(categories)[0]);
  assert.equal(coveringPages('qwxz plorb', existing).length, 0);
});

test('the generated page passes checkContent as a draft, and its MDX compiles', () => {
  for (const text of ['npm error code ERESOLVE', 'kubectl: error: You must be logged in to the server (Unauthorized)']) {
    const result = make(text);
    const { problems, page } = check(result.slug, result.source);
    assert.deepEqual(problems, [], text);
    assert.ok(page, text);
    assert.equal(page.data.draft, true);
    assert.equal(page.data.status, 'open');
    assert.equal(page.data.signature, text);
    assert.deepEqual(page.data.variants, []);
    assert.deepEqual(
      page.data.symptoms.map((s) => s.source),
      [TODO_SOURCE_URL],
    );
    assert.match(page.data.symptoms[0]!.text, /^TODO: /);
    assert.equal(page.data.category, result.category);
    assert.match(page.data.title, /^TODO: /);
    assert.match(page.data.summary, /^TODO: one sentence/);
    assert.deepEqual(page.data.tools, ['TODO']);
    assert.match(page.data.causes[0]!, /^TODO: /);
    assert.match(page.data.quickFixes[0]!, /^TODO: /);
    assert.deepEqual(
      page.data.sources.map((s) => [s.url, s.kind]),
      [
        [TODO_SOURCE_URL, 'official'],
        [TODO_SOURCE_URL, 'issue'],
      ],
    );
    assert.equal(page.data.updated.toISOString().slice(0, 10), today);
    assert.doesNotThrow(() => mdxToJs(page.body));
    const steps = page.body.split('## Troubleshooting steps')[1]!;
    assert.equal(steps.match(/^\d\. /gm)?.length, 3);
    assert.equal(steps.match(/^ {3}```sh$/gm)?.length, 3, 'each step has a code block indented 3 spaces');
    assert.equal(steps.match(/^ {3}\*\*Worked if:\*\* TODO/gm)?.length, 3);
    assert.equal(steps.match(/^ {3}\*\*If not:\*\* TODO/gm)?.length, 3);
  }
});

test('a messy multi-line paste stays valid YAML and keeps its text as the signature', () => {
  const raw = [
    '\u001b[31mnpm ERR!\u001b[0m code E404',
    '- not a list item: "quoted" and \'single\' # not a comment',
    '---',
    '\tindented with a tab: {braces} <angle> `ticks` \\backslash',
    '',
    '    at Object.<anonymous> (/home/you/project/index.js:1:1)   ',
  ].join('\r\n');
  const result = make(`\n\n${raw}\n\n`, { slug: 'messy-paste', category: 'node-npm' });
  const { problems, page } = check('messy-paste', result.source);
  assert.deepEqual(problems, []);
  assert.equal(page!.data.signature, signatureText(raw));
  assert.match(page!.data.signature, /^npm ERR! code E404\n- not a list item/);
  assert.doesNotThrow(() => mdxToJs(page!.body));
  // The file still splits into frontmatter and body where it should.
  assert.match(parseFrontmatter(result.source).body, /^\n## What this error means/);
});

test('explicit --slug and --category are checked', () => {
  assert.throws(() => make('some error', { slug: 'Bad Slug' }), /lowercase letters/);
  assert.throws(() => make('some error', { slug: 'npm-eresolve' }), /already exists/);
  assert.throws(() => make('some error', { category: 'nope' }), /expected one of/);
  assert.throws(() => make('   \n  '), /empty/);
  assert.equal(make('some error', { slug: 'my-page', category: 'git' }).category, 'git');
});

test('personal data in the paste is pointed out', () => {
  assert.deepEqual(personalDataHints('npm error code ERESOLVE'), []);
  const hints = personalDataHints('File "/home/alice/app.py"\nauthor: alice@corp.example.org\nkey sk-ant-api03-AbCdEfGhIjKlMnOp');
  assert.equal(hints.length, 3, hints.join('; '));
});

test('the CLI writes a draft, never overwrites, and suffixes proposed slugs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-new-page-'));
  try {
    cpSync('content', join(dir, 'content'), { recursive: true });
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['src/cli/new-page.ts', ...args, '--dir', join(dir, 'content')], { encoding: 'utf8' });

    const first = run('npm error code ERESOLVE');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /Already covered\? .* — \/errors\/npm-eresolve\/ \(.*npm-eresolve\.mdx\)/);
    assert.match(first.stdout, /Created .*errors\/npm-eresolve-2\.mdx/);
    assert.match(first.stdout, /http:\/\/localhost:4321\/errors\/npm-eresolve-2\//);
    const second = run('npm error code ERESOLVE');
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /errors\/npm-eresolve-3\.mdx/);

    const file = join(dir, 'content/errors/kept.mdx');
    assert.equal(run('some new error', '--slug', 'kept').status, 0);
    writeFileSync(file, 'edited by a writer');
    const again = run('some new error', '--slug', 'kept');
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists/);
    assert.equal(readFileSync(file, 'utf8'), 'edited by a writer');

    const bad = run('some new error', '--category', 'nope');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /expected one of ai-coding-tools/);
    assert.equal(existsSync(join(dir, 'content/errors/some-new.mdx')), false);

    const check = spawnSync(process.execPath, ['src/cli/check-content.ts'], {
      encoding: 'utf8',
      env: { ...process.env, KB_CONTENT_DIR: join(dir, 'content') },
    });
    assert.equal(check.status, 1, 'kept.mdx was overwritten by hand and is invalid');
    assert.doesNotMatch(check.stderr, /npm-eresolve-[23]\.mdx/, 'the generated drafts pass the content check');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
