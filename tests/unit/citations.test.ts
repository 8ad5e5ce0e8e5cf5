import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationProblems, uncitedReferences } from '../../src/content/citations.ts';
import type { ErrorPage } from '../../src/schema/error-page.ts';

type Source = ErrorPage['sources'][number];
const issue = (repo: string, n: number, title = `${repo}#${n}: Something broke`, date?: string): Source => ({
  title,
  url: `https://github.com/${repo}/issues/${n}`,
  kind: 'issue',
  ...(date && { date: new Date(`${date}T00:00:00Z`) }),
});

/** Only the fields the citation rules read; the rest of a page does not matter to them. */
function page(sources: Source[], extra: Partial<ErrorPage> = {}): ErrorPage {
  return {
    summary: 'A summary.',
    causes: ['A cause.'],
    quickFixes: ['A fix.'],
    prevention: [],
    affects: [],
    faq: [],
    history: [],
    updated: new Date('2026-11-29T00:00:00Z'),
    sources,
    ...extra,
  } as unknown as ErrorPage;
}

const lineOf = () => 7;

test('an issue named in prose, causes or FAQ must be among the sources', () => {
  const data = page([issue('anthropics/claude-code', 54750)], {
    causes: ['Reported in #61050.'],
    faq: [{ question: 'Why?', answer: 'See npm/cli#7414.' }],
  });
  const body = 'As #54750 and anthropics/claude-code#54750 show, and claude-code#99999 too.';
  assert.deepEqual(uncitedReferences(data, body).sort(), ['#61050', 'claude-code#99999', 'npm/cli#7414'].sort());
});

test('a reference matches by number, and by owner or repository when it names one', () => {
  const data = page([issue('openinterpreter/openinterpreter', 121), issue('TheOdinProject/curriculum', 27110)]);
  assert.deepEqual(uncitedReferences(data, 'open-interpreter#121, TheOdinProject#27110, #121, other/repo#121'), ['other/repo#121']);
});

test('code, error codes and history are not citations', () => {
  const data = page([], { history: [{ date: new Date('2026-11-29T00:00:00Z'), change: 'Removed foo/bar#12, which could not be found.' }] });
  const body = '```\n#12 90.97 error: externally-managed-environment\n```\nColour `#333`, and Minified React error #418.';
  assert.deepEqual(uncitedReferences(data, body), []);
});

test('a GitHub thread is titled with the owner, repository and number of its URL', () => {
  const good = issue('npm/cli', 7414, 'npm/cli#7414: feat: use `npm error` prefix');
  const forum = {
    ...issue('orgs/community', 165480, 'GitHub Community #165480: Premium requests'),
    url: 'https://github.com/orgs/community/discussions/165480',
  };
  const described = issue('npm/cli', 1832, 'npm 7 crash when a peer dependency is missing (maintainer reply)');
  const wrongRepo = issue('npm/cli', 1832, 'npm/npm#1832: [BUG] npm error');
  const problems = citationProblems('content/errors/x.mdx', '', page([good, forum, described, wrongRepo]), '', lineOf);
  assert.deepEqual(
    problems.map((p) => p.field),
    ['sources[2].title', 'sources[3].title'],
  );
  assert.match(problems[0]!.expected, /npm\/cli#1832: /);
  assert.equal(problems[0]!.line, 7);
});

test("a source's date is not after the page's updated date", () => {
  const problems = citationProblems('content/errors/x.mdx', '', page([issue('git/git', 12, undefined, '2026-12-01')]), '', lineOf);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.field, 'sources[0].date');
  assert.match(problems[0]!.found, /2026-12-01/);
});

test('an uncited reference names the line where the page mentions it', () => {
  const source = '---\ntitle: x\n---\nline four\nSee #4242 here.\n';
  const [problem] = citationProblems('content/errors/x.mdx', source, page([]), 'line four\nSee #4242 here.\n', lineOf);
  assert.equal(problem!.line, 5);
  assert.match(problem!.found, /#4242/);
});
