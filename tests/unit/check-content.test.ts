import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent, type SourceFile } from '../../src/content/check-content.ts';
import { formatProblems } from '../../src/content/problem.ts';
import { categoriesFile, minimalBody, pageFile } from '../support/content-files.ts';

const categories = categoriesFile({ git: 'Git', docker: 'Docker' });

const fields: Record<string, string> = {
  title: '"git push rejected"',
  summary: '"The remote has commits you lack; pull and push again."',
  signature: '"! [rejected] main -> main (non-fast-forward)"',
  category: 'git',
  tools: '["Git"]',
  causes: '["Someone pushed first."]',
  quickFixes: '["Run `git pull --rebase`."]',
  sources:
    '\n  - title: "Git docs"\n    url: "https://git-scm.com/docs/git-push"\n    kind: official\n  - title: "git/git#1: A thread"\n    url: "https://github.com/git/git/issues/1"\n    kind: issue',
  updated: '2026-11-27',
  verified: '2026-11-27',
  status: 'workaround',
};

/** A page file whose frontmatter is `fields` with some fields changed (`undefined` removes one). */
const page = (path: string, changes: Record<string, string | undefined> = {}, body = minimalBody): SourceFile =>
  pageFile(path, { ...fields, ...changes }, body);

function problemsFor(...files: SourceFile[]) {
  const { problems } = checkContent(categories, files);
  return { problems, message: formatProblems(problems) };
}

/** Each bad-content case: the message must name the (first) file and the field, and say what was expected and found. */
const cases: Array<{ name: string; files: SourceFile[]; field: string; expected: RegExp; found: RegExp }> = [
  {
    name: 'missing required field',
    files: [page('content/errors/a.mdx', { summary: undefined })],
    field: 'summary',
    expected: /text/,
    found: /missing/,
  },
  {
    name: 'a wording search reduces to nothing',
    files: [page('content/errors/a.mdx', { variants: '\n  - "File \\"/tmp/app/x.py\\", line 9, in <module>"' })],
    field: 'variants[0]',
    expected: /words that identify the error/,
    found: /\/tmp\/app/,
  },
  {
    name: 'an issue named on the page but not cited',
    files: [page('content/errors/a.mdx', { causes: '["Reported in #4242."]' })],
    field: 'sources',
    expected: /a source for every issue/,
    found: /#4242/,
  },
  {
    name: 'wrong type',
    files: [page('content/errors/a.mdx', { tools: '"Git"' })],
    field: 'tools',
    expected: /a list/,
    found: /"Git"/,
  },
  {
    name: 'unknown category',
    files: [page('content/errors/a.mdx', { category: 'gti' })],
    field: 'category',
    expected: /git, docker/,
    found: /"gti"/,
  },
  {
    name: 'invalid URL',
    files: [page('content/errors/a.mdx', { sources: '\n  - title: "Docs"\n    url: "http://example.com/x"\n    kind: official' })],
    field: 'sources[0].url',
    expected: /https/,
    found: /http:\/\/example\.com/,
  },
  {
    name: 'related slug that does not exist',
    files: [page('content/errors/a.mdx', { related: '["no-such-page"]' })],
    field: 'related[0]',
    expected: /existing page/,
    found: /no-such-page/,
  },
  {
    name: 'empty list',
    files: [page('content/errors/a.mdx', { causes: '[]' })],
    field: 'causes',
    expected: /at least one/,
    found: /empty list/,
  },
  {
    name: 'bad date',
    files: [page('content/errors/a.mdx', { updated: '2026-13-45' })],
    field: 'updated',
    expected: /YYYY-MM-DD/,
    found: /2026-13-45/,
  },
  {
    name: 'two files with the same slug',
    files: [page('content/errors/git/a.mdx'), page('content/errors/docker/a.mdx')],
    field: '(file name)',
    expected: /slug/,
    found: /content\/errors\/docker\/a\.mdx/,
  },
  {
    name: 'summary too long',
    files: [page('content/errors/a.mdx', { summary: `"${'x'.repeat(161)}"` })],
    field: 'summary',
    expected: /160/,
    found: /161 characters/,
  },
  {
    name: 'fixed without fixedIn',
    files: [page('content/errors/a.mdx', { status: 'fixed' })],
    field: 'fixedIn',
    expected: /version/,
    found: /missing/,
  },
  {
    name: 'unknown field (typo)',
    files: [page('content/errors/a.mdx', { quickfix: '["x"]' })],
    field: 'quickfix',
    expected: /documented fields/,
    found: /unknown field/,
  },
  {
    name: 'bad status',
    files: [page('content/errors/a.mdx', { status: 'solved' })],
    field: 'status',
    expected: /open.*workaround.*fixed|one of/,
    found: /"solved"/,
  },
  {
    name: 'missing body section',
    files: [page('content/errors/a.mdx', {}, minimalBody.replace('## Why it happens', '## Causes'))],
    field: 'body section "Why it happens"',
    expected: /## Why it happens/,
    found: /no such heading/,
  },
  {
    name: 'YAML syntax error',
    files: [page('content/errors/a.mdx', { title: '"unclosed' })],
    field: '(frontmatter)',
    expected: /YAML/,
    found: /./,
  },
  {
    name: 'a field given twice',
    files: [
      {
        ...page('content/errors/a.mdx'),
        source: page('content/errors/a.mdx').source.replace('status: workaround', 'status: workaround\nstatus: open'),
      },
    ],
    field: '(frontmatter)',
    expected: /YAML/,
    found: /unique/,
  },
];

for (const c of cases) {
  test(`bad content: ${c.name}`, () => {
    const { problems, message } = problemsFor(...c.files);
    const p = problems.find((x) => x.field === c.field);
    assert.ok(p, `no problem for field ${c.field} in:\n${message}`);
    const file = c.files[0]!.path;
    assert.equal(p.file, file);
    assert.match(p.expected, c.expected);
    assert.match(p.found, c.found);
    assert.ok(message.includes(file) && message.includes(c.field), message);
  });
}

test('a valid page has no problems and reports its line numbers otherwise', () => {
  assert.deepEqual(problemsFor(page('content/errors/a.mdx')).problems, []);
  const { problems } = problemsFor(page('content/errors/a.mdx', { category: 'gti' }));
  assert.equal(problems[0]?.line, 5);
});

test('all problems across files come back together, sorted by file', () => {
  const { problems } = problemsFor(
    page('content/errors/b.mdx', { title: undefined }),
    page('content/errors/a.mdx', { status: 'nope', causes: '[]' }),
  );
  assert.deepEqual(
    problems.map((p) => `${p.file} ${p.field}`),
    ['content/errors/a.mdx causes', 'content/errors/a.mdx status', 'content/errors/b.mdx title'],
  );
});

test('checked fully or not, every page is parsed and validated; only the fully checked have their text checked', () => {
  const noSteps = minimalBody.replace(/## Troubleshooting steps[\s\S]*/, '');
  const withSecret = `${minimalBody}\nMail ops@acme-corp.io for a key.\n`;
  const files = [
    page('content/errors/a.mdx', {}, noSteps),
    page('content/errors/b.mdx', {}, withSecret),
    page('content/errors/c.mdx', { status: 'nope' }),
  ];
  const whole = checkContent(categories, files);
  const onlyA = checkContent(categories, files, { fully: (slug) => slug === 'a' });
  assert.deepEqual(
    whole.problems.map((p) => `${p.file} ${p.field}`),
    ['content/errors/a.mdx body section "Troubleshooting steps"', 'content/errors/b.mdx (secret)', 'content/errors/c.mdx status'],
  );
  // b's text is not checked (another shard checks it); c's frontmatter is, since every shard reads it.
  assert.deepEqual(
    onlyA.problems.map((p) => `${p.file} ${p.field}`),
    ['content/errors/a.mdx body section "Troubleshooting steps"', 'content/errors/c.mdx status'],
  );
  assert.deepEqual(
    onlyA.pages.map((p) => p.slug),
    whole.pages.map((p) => p.slug),
  );
});
