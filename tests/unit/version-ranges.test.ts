import { test } from 'node:test';
import assert from 'node:assert/strict';
import semver from 'semver';
import { fixedProblem, normalizeRange, rangeProblem } from '../../src/lib/versions/ranges.ts';
import {
  decodeVersionFacts,
  encodeVersionFacts,
  inRange,
  matchedWordings,
  versionVerdict,
  wordingKey,
  type VersionFacts,
} from '../../src/lib/versions/verdict.ts';
import { npmErrEresolve } from '../support/pastes.ts';

/** Ranges as pages may write them: each passes the range check and evaluates in the browser as `semver` does. */
const semverRanges = [
  '>=17.0.0',
  '<10.6.0',
  '>=18.0.0 <22.0.0',
  '^2.1.0',
  '~1.2',
  '~1.2.3',
  '2.x',
  '1.2.3 - 1.4.0',
  '<4 || >=6',
  '<4 || >=6.1',
  '*',
  '>1.0.0 <=1.5.0',
  '=1.2.3',
];

test('a range must be a semver range', () => {
  for (const ok of semverRanges) assert.equal(rangeProblem(ok), undefined, ok);
  for (const bad of ['node 18+', '>= seventeen', '18.x.y.z', 'latest']) assert.match(rangeProblem(bad) ?? '', /semver range/, bad);
});

test('a fix version must be a version inside its range or at its end', () => {
  assert.equal(fixedProblem('20.5.0', '>=17.0.0 <20.5.0'), undefined, 'at the end of the range');
  assert.equal(fixedProblem('2.1.186', '>=2.1.150'), undefined, 'inside an open range');
  assert.equal(fixedProblem('v2.1.186', '^2.1.0'), undefined, 'a leading v');
  assert.equal(fixedProblem('3.0.0', '^2.1.0'), undefined, 'at the end of ^ (normalised to <3.0.0-0)');
  assert.match(fixedProblem('16.0.0', '>=17.0.0') ?? '', /below the range's minimum 17\.0\.0/);
  assert.match(fixedProblem('23.0.0', '>=17.0.0 <20.5.0') ?? '', /outside the range/);
  assert.match(fixedProblem('soon', '>=17.0.0') ?? '', /expected a version/);
});

/** The browser's tiny evaluator must agree with `semver` on every normalised range. */
test('normalised ranges evaluate in the browser as semver.satisfies does', () => {
  const versions: string[] = [];
  for (const major of [0, 1, 2, 3, 4, 5, 6, 10, 16, 17, 18, 21, 22])
    for (const minor of [0, 1, 2, 4, 5, 6]) for (const patch of [0, 2, 3, 9]) versions.push(`${major}.${minor}.${patch}`);
  for (const range of semverRanges) {
    const normalized = normalizeRange(range);
    for (const v of versions) {
      const [a, b, c] = v.split('.').map(Number) as [number, number, number];
      assert.equal(inRange([a, b, c, ''], normalized), semver.satisfies(v, range), `${v} in "${range}" (normalised "${normalized}")`);
    }
  }
});

const facts = (status: VersionFacts['status'], ...ranges: VersionFacts['ranges']): VersionFacts => ({ status, ranges });
const node17 = { tool: 'Node.js', range: normalizeRange('>=17.0.0'), shown: '>=17.0.0' };

test('verdict: inside the range and no fix yet is affected, with the quick fix', () => {
  const v = versionVerdict(
    facts('open', node17),
    [{ tool: 'Node.js', version: '18.19.0' }],
    'Set `NODE_OPTIONS=--openssl-legacy-provider`',
  );
  assert.equal(v?.state, 'affected');
  assert.equal(
    v?.text,
    'Node.js 18.19.0 is affected (Node.js >=17.0.0) and no release fixes it yet: Set `NODE_OPTIONS=--openssl-legacy-provider`.',
  );
  const workaround = versionVerdict(facts('workaround', node17), [{ tool: 'Node.js', version: '18.19.0' }], 'Upgrade webpack');
  assert.equal(workaround?.text, 'Node.js 18.19.0 is affected (Node.js >=17.0.0). What works: Upgrade webpack.');
});

test('verdict: below the range is not affected', () => {
  const v = versionVerdict(facts('workaround', node17), [{ tool: 'Node.js', version: '16.20.2' }], 'x');
  assert.equal(v?.state, 'not-affected');
  assert.match(v!.text, /^Node\.js 16\.20\.2 is not affected \(only Node\.js >=17\.0\.0\)/);
});

test('verdict: a fix version splits affected and not affected', () => {
  const fixed = facts('fixed', { tool: 'Claude Code', range: normalizeRange('>=2.1.150'), shown: '>=2.1.150', fixed: '2.1.186' });
  const before = versionVerdict(fixed, [{ tool: 'Claude Code', version: '2.1.160' }], 'x');
  assert.deepEqual(
    [before?.state, before?.text],
    ['affected', 'Claude Code 2.1.160 is affected (Claude Code >=2.1.150): upgrade to Claude Code 2.1.186 or later.'],
  );
  assert.equal(versionVerdict(fixed, [{ tool: 'Claude Code', version: '2.1.186' }], 'x')?.state, 'not-affected', 'at the fix version');
  assert.match(versionVerdict(fixed, [{ tool: 'Claude Code', version: '2.2.0' }], 'x')!.text, /includes the fix \(Claude Code 2\.1\.186\)/);
});

test('verdict: by design says so, and what to do instead', () => {
  const v = versionVerdict(
    facts('by-design', { tool: 'Git', range: normalizeRange('>=2.35.2'), shown: '>=2.35.2' }),
    [{ tool: 'Git', version: '2.43.0' }],
    'Run `git config --global --add safe.directory /src`',
  );
  assert.equal(v?.state, 'affected');
  assert.match(v!.text, /by design: no release changes this\. Instead: Run `git config/);
});

test('verdict: a versioned wording the paste contains says whether this version still prints it', () => {
  // npm-eresolve: npm before 10.6 printed `npm ERR!`, since then `npm error`.
  const eresolve = facts(
    'workaround',
    { tool: 'npm', range: normalizeRange('<10.6.0'), shown: '<10.6.0', wording: 'npm ERR! code ERESOLVE' },
    { tool: 'npm', range: normalizeRange('>=10.6.0'), shown: '>=10.6.0', wording: 'npm error code ERESOLVE' },
  );
  const matched = matchedWordings(eresolve, npmErrEresolve);
  assert.deepEqual(matched, ['npm err! code eresolve'], '`npm ERR!` and `npm error` are told apart');
  const old = versionVerdict(eresolve, [{ tool: 'npm', version: '9.8.1' }], 'Use `--legacy-peer-deps`', matched);
  assert.deepEqual(
    [old?.state, old?.text],
    ['affected', 'npm 9.8.1 prints “npm ERR! code ERESOLVE” (npm <10.6.0): Use `--legacy-peer-deps`.'],
  );
  const current = versionVerdict(eresolve, [{ tool: 'npm', version: '10.8.2' }], 'x', matched);
  assert.equal(current?.state, 'not-affected');
  assert.equal(
    current?.text,
    'npm 10.8.2 no longer prints “npm ERR! code ERESOLVE” (only npm <10.6.0 does): it prints “npm error code ERESOLVE” instead, and the same fixes apply.',
  );
  assert.equal(
    versionVerdict(eresolve, [{ tool: 'npm', version: '10.8.2' }], 'x', matchedWordings(eresolve, 'npm error code ERESOLVE'))?.state,
    'affected',
  );
  assert.equal(
    versionVerdict(eresolve, [{ tool: 'npm', version: '10.8.2' }], 'x', []),
    undefined,
    'no versioned wording in the paste: no verdict',
  );
});

test('verdict: a page range decides, and a pasted wording from other versions is pointed out', () => {
  const eresolve = facts(
    'workaround',
    { tool: 'npm', range: normalizeRange('>=7.0.0'), shown: '>=7.0.0' },
    { tool: 'npm', range: normalizeRange('<10.6.0'), shown: '<10.6.0', wording: 'npm ERR! code ERESOLVE' },
  );
  const v = versionVerdict(
    eresolve,
    [{ tool: 'npm', version: '10.8.2' }],
    'Align the peer versions',
    matchedWordings(eresolve, 'npm ERR! code ERESOLVE'),
  );
  assert.equal(v?.state, 'affected');
  assert.equal(
    v?.text,
    'npm 10.8.2 is affected (npm >=7.0.0). What works: Align the peer versions. The pasted wording “npm ERR! code ERESOLVE” comes from npm <10.6.0, not 10.8.2: check which npm printed it.',
  );
  assert.doesNotMatch(
    versionVerdict(eresolve, [{ tool: 'npm', version: '9.0.0' }], 'x', ['npm err! code eresolve'])!.text,
    /pasted wording/,
  );
});

test('a wording key skips a varying number late in the line, keeps a leading status code', () => {
  assert.equal(wordingKey("You've hit your limit · resets 12pm (America/Los_Angeles)"), "you've hit your limit · resets");
  assert.equal(
    wordingKey('API Error: 529 Overloaded. This is a server-side issue, usually temporary'),
    'api error: 529 overloaded. this is a',
  );
});

test('verdict: none for tools the page has no range for, or a partial version on both sides of a bound', () => {
  const py = facts('open', { tool: 'Python', range: normalizeRange('>=3.11.4'), shown: '>=3.11.4' });
  assert.equal(versionVerdict(py, [{ tool: 'Node.js', version: '18.0.0' }], 'x'), undefined);
  assert.equal(versionVerdict(py, [{ tool: 'Python', version: '3.11' }], 'x'), undefined, '3.11.0 is outside, 3.11.9 inside');
  assert.equal(versionVerdict(py, [{ tool: 'Python', version: '3.12' }], 'x')?.state, 'affected');
  assert.equal(versionVerdict(py, [{ tool: 'Python', version: '3.10' }], 'x')?.state, 'not-affected');
});

test('verdict: the first tool of the paste the page has a range for decides', () => {
  const page = facts('open', node17, { tool: 'npm', range: normalizeRange('>=7.0.0'), shown: '>=7.0.0' });
  const v = versionVerdict(
    page,
    [
      { tool: 'Git', version: '2.43.0' },
      { tool: 'npm', version: '6.14.0' },
      { tool: 'Node.js', version: '18.0.0' },
    ],
    'x',
  );
  assert.deepEqual([v?.tool, v?.state], ['npm', 'not-affected']);
});

test('version facts survive their text encoding', () => {
  const f = facts(
    'fixed',
    node17,
    { tool: 'npm', range: '<10.6.0', shown: '<10.6.0', fixed: '10.6.0' },
    { tool: 'npm', range: '<10.6.0', shown: '<10.6.0', wording: 'npm ERR! x' },
  );
  assert.deepEqual(decodeVersionFacts(encodeVersionFacts(f)), f);
  assert.equal(encodeVersionFacts(facts('open')), '');
  assert.equal(decodeVersionFacts(''), undefined);
  assert.equal(decodeVersionFacts('{not json'), undefined);
});
