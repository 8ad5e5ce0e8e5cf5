import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { errorTerms, termSequence } from '../../src/lib/normalize-error-text.ts';
import { distinctiveTerms, matchWording, pasteTerms } from '../../src/lib/search/phrases.ts';
import { stem } from '../../src/lib/stem.ts';
import { bestWording, rank, type Candidate } from '../../src/lib/search/rank.ts';
import { retrieve } from '../../src/lib/search/retrieve.ts';
import { namedTools, toolEvidence, toolsAgree } from '../../src/lib/search/tool-evidence.ts';
import { versionPatternsOf } from '../../src/lib/versions/tool-names.ts';
import { toolsSchema } from '../../src/schema/tools.ts';
import { wordingTerms } from '../../src/lib/wording-terms.ts';
import { queryTerms } from '../../src/lib/search/query-terms.ts';

const tools = versionPatternsOf(toolsSchema.parse(JSON.parse(readFileSync('content/tools.json', 'utf8'))));
const paste = (text: string) => pasteTerms(termSequence(text));

test('terms come from any script; runs of Han and kana stand apart from Latin words', () => {
  assert.deepEqual(errorTerms('Ошибка: permissão negada'), ['ошибка', 'permissão', 'negada']);
  assert.deepEqual(errorTerms('cursor提示you‘ve hit'), ['cursor', '提示', "you've", 'hit']);
  assert.ok(errorTerms('推送一些引用到 failed').includes('failed'));
  // The prolonged sound mark (ー) belongs to kana runs though its script is "Common".
  assert.deepEqual(errorTerms('npm がインストールに失敗'), ['npm', 'が', 'インストール', 'に', '失敗']);
});

test('a Chinese or Japanese run is split into its words, so a word inside a sentence is a term of its own', () => {
  assert.deepEqual(errorTerms('npm run build时因为项目比较大发生内存溢出如何解决？').slice(-5), ['发生', '内存', '溢出', '如何', '解决']);
  assert.ok(errorTerms('致命错误：无法读取远程仓库').includes('远程'));
  // Single characters are mostly particles: ranked, never searched alone.
  assert.ok(!queryTerms('每次跑一跑都会报错 Prompt is too long').includes('一'));
});

test('reset times, time zones and dates are dropped like timestamps', () => {
  assert.deepEqual(
    errorTerms("You've hit your session limit · resets 5pm (Europe/Paris)"),
    errorTerms("You've hit your session limit · resets Jul 15 at 12am (America/Los_Angeles)"),
  );
});

test('a wording found in order counts more than its words scattered through prose', () => {
  const wording = wordingTerms([
    { slug: 'a', wordings: ["You've hit your session limit"] },
    { slug: 'b', wordings: ['limit'] },
  ]).get('a')![0]!;
  const inOrder = matchWording(wording, paste("You've hit your session limit · resets 5pm"));
  const scattered = matchWording(wording, paste("I hit it again: you've no idea how the limit of my session works"));
  assert.equal(inOrder.words, 1);
  assert.equal(scattered.words, 1);
  assert.equal(inOrder.phrases, 1);
  assert.ok(scattered.phrases < 0.5, String(scattered.phrases));
});

test('forms of a word meet: the stemmer is shared by both sides', () => {
  assert.equal(stem('increases'), stem('increased'));
  assert.equal(stem('increasing'), stem('increase'));
  assert.equal(stem('access'), 'access');
  assert.equal(stem('err_require_esm'), 'err_require_esm');
  assert.equal(stem('ts2307'), 'ts2307');
});

test("a strong match needs a wording's distinctive terms: rarest words, status code, predicates, tool name", () => {
  const wording: Array<[string, number]> = [
    ['permission', 1],
    ['denied', 1.2],
    ['publickey', 4],
    ['403', 0.5],
    ['claude', 0.3],
  ];
  const terms = distinctiveTerms(wording, { predicates: new Set(['denied']), tools: new Set(['claude']), rarest: 1 });
  assert.deepEqual(terms.sort(), ['403', 'claude', 'denied', 'publickey']);
  const { missing } = bestWording([wording], paste('ERROR: Permission to org/repo.git denied to someone'), [['claude', 'code']]);
  assert.deepEqual(missing.sort(), ['403', 'claude', 'publickey']);
});

test("a wording's example values (a port, a token count, a file id) are not what a strong match must hold; codes are", () => {
  const wording: Array<[string, number]> = [
    ['bind', 2],
    ['8081', 4.3],
    ['getimageblob878237277', 4.3],
    ['allocated', 3],
    ['port', 1],
    ['ts7016', 4],
    ['385', 4.4], // no HTTP status: a count
    ['529', 0.5], // a status code, though unregistered (Anthropic's "overloaded")
  ];
  const terms = distinctiveTerms(wording, { predicates: new Set(), tools: new Set(), rarest: 2 });
  assert.deepEqual(terms.sort(), ['529', 'allocated', 'ts7016']);
});

test("the rarest terms a strong match needs are those the page's title and summary name the error with, not the example's values", () => {
  const site = wordingTerms([
    {
      slug: 'pip',
      wordings: ['ERROR: No matching distribution found for torch', 'pip cannot find a matching distribution for the requirement'],
    },
    {
      slug: 'removed',
      wordings: [
        "AttributeError: module 'openai' has no attribute 'ChatCompletion'",
        'You tried to access openai.ChatCompletion, no longer supported',
      ],
    },
    // Other pages print "error", "no", "found", some "matching distribution"; only this example says "torch".
    ...Array.from({ length: 20 }, (_, i) => ({
      slug: `other-${i}`,
      wordings: [`error: no unrelated failure ${i} found ${i < 3 ? 'matching distribution' : ''}`],
    })),
  ]);
  const [pipWording, pipDescribed] = site.get('pip')!;
  const described = (terms: typeof pipDescribed) => new Set(terms!.map(([t]) => stem(t)));
  // Another package than the example's: the same error, so nothing distinctive is missing.
  assert.deepEqual(
    bestWording([pipWording!], paste('ERROR: No matching distribution found for tensorflow'), [], described(pipDescribed)).missing,
    [],
  );
  assert.ok(
    bestWording([pipWording!], paste('ERROR: No matching distribution found for tensorflow')).missing.includes('torch'),
    'without the title and summary, the example package is required',
  );
  // Another attribute than the one the page is about: a near-miss, not strong.
  const [removedWording, removedDescribed] = site.get('removed')!;
  const nearMiss = bestWording(
    [removedWording!],
    paste("AttributeError: module 'openai' has no attribute 'OpenAI'"),
    [],
    described(removedDescribed),
  );
  assert.ok(nearMiss.missing.includes('chatcompletion'), nearMiss.missing.join(' '));
});

test("a paste that holds one of a page's wordings whole, with its distinctive terms, is strong, though another wording covers more of it", () => {
  const site = wordingTerms([
    {
      slug: 'quota',
      wordings: [
        'openai.error.RateLimitError: You exceeded your current quota, please check your plan and billing details.',
        'You exceeded your current quota, please check your plan and billing details. For more information read the docs',
      ],
    },
    ...Array.from({ length: 20 }, (_, i) => ({ slug: `other-${i}`, wordings: [`unrelated failure number ${i} for more information`] })),
  ]);
  const [withTool, plain] = site.get('quota')!;
  const pasted = paste('RateLimitError: You exceeded your current quota, please check your plan and billing details.');
  // The first wording covers more of the paste but names its tool, "openai", which the paste does not.
  assert.ok(bestWording([withTool!], pasted, [['openai']]).missing.includes('openai'));
  assert.deepEqual(bestWording([withTool!, plain!], pasted, [['openai']]).missing, []);
});

test('tool evidence is read from the raw paste: SDK paths, packages, API hosts, CLI names', () => {
  const names = (text: string) => toolEvidence(text, tools).map((t) => t.join(' '));
  assert.ok(names('  File "/x/site-packages/anthropic/_base_client.py", line 3').includes('claude api'));
  assert.ok(names('at node_modules/openai/core.js:12').includes('openai python sdk'));
  assert.ok(names('Codex CLI says: You have hit your usage limit').includes('codex cli'));
  // Claude Code prints the API's errors as `API Error: <status>` (its error reference, https://code.claude.com/docs/en/errors).
  assert.ok(names('[Feature #11] API Error: 401 {"type":"error"}').includes('claude code'));
  assert.ok(names('  ⎿  API Error: 500 Internal server error').includes('claude code'));
  assert.deepEqual(names('❌ Finance API Error: [Error: 403 {"error":{}}]'), []);
  assert.deepEqual(names('Error: listen EADDRINUSE: address already in use :::3000'), []);
});

test("a page whose tools are none of the paste's is not a strong match and ranks lower", () => {
  const evidence = toolEvidence('openai.RateLimitError: Error code: 429', tools);
  assert.equal(toolsAgree(evidence, [['openai', 'python', 'sdk']]), 'same');
  assert.equal(toolsAgree(evidence, [['openai', 'api']]), 'family');
  assert.equal(toolsAgree(evidence, [['claude', 'code']]), false);
  assert.equal(toolsAgree([], [['claude', 'code']]), undefined);
  // Evidence of a tool is evidence of its parts: `docker run` on a page for Docker Engine.
  const docker = toolEvidence("docker: Got permission denied.\nSee 'docker run --help'.", tools);
  assert.equal(toolsAgree(docker, [['docker', 'engine']]), 'same');
  assert.equal(toolsAgree(docker, [['dockerfile', 'lint']]), false);
  const wordings = wordingTerms([
    { slug: 'a', wordings: ['Error code: 429 rate limit'] },
    { slug: 'b', wordings: ['Error code: 429 rate limit'] },
  ]);
  const candidate = (id: string, tool: string[]): Candidate => ({
    id,
    queryCoverage: 0.5,
    matchedTerms: [],
    wordings: wordings.get(id)!,
    descriptions: [],
    tools: [tool],
  });
  const ranked = rank(
    [candidate('a', ['claude', 'code']), candidate('b', ['openai', 'api'])],
    paste('openai.RateLimitError: Error code: 429 rate limit'),
    evidence,
  );
  assert.deepEqual(
    ranked.map((r) => [r.id, r.otherTool]),
    [
      ['b', false],
      ['a', true],
    ],
  );
  // Of two pages holding the same message, the one of the tool that printed it comes first, the one of its family next.
  const fromClaudeCode = 'API Error: 429 {"type":"error"} Error code: 429 rate limit';
  const [first, second] = rank(
    [candidate('b', ['claude', 'api']), candidate('a', ['claude', 'code'])],
    paste(fromClaudeCode),
    toolEvidence(fromClaudeCode, tools),
  );
  assert.deepEqual([first!.id, second!.id], ['a', 'b']);
  assert.ok(first!.score > second!.score && !second!.otherTool);
  // A paste that names a tool (no evidence of what printed it) counts for the pages of its parts too.
  const named = paste('Is the docker daemon running? Error code: 429 rate limit');
  const [byName] = rank([candidate('a', ['podman']), candidate('b', ['docker', 'engine'])], named, [], namedTools(named, tools));
  assert.equal(byName!.id, 'b');
});

type SyntheticPage = { slug: string; wordings: string[]; descriptions: string[] };

/** The pages as candidates, their terms weighed among twenty other pages, as on a real site: words found on only these are rare. */
function candidatesAmongOthers(pages: SyntheticPage[], queryCoverage: number): Candidate[] {
  const others = Array.from({ length: 20 }, (_, i) => ({ slug: `other-${i}`, wordings: [`unrelated failure number ${i}`] }));
  const terms = wordingTerms([...pages.map((p) => ({ slug: p.slug, wordings: [...p.wordings, ...p.descriptions] })), ...others]);
  return pages.map((p) => ({
    id: p.slug,
    queryCoverage,
    matchedTerms: [],
    wordings: terms.get(p.slug)!.slice(0, p.wordings.length),
    descriptions: terms.get(p.slug)!.slice(p.wordings.length),
    tools: [],
  }));
}

test('a requirement is what went wrong: a paste without "requires" is not a strong match for a page that says it', () => {
  const wording = wordingTerms([
    { slug: 'shell', wordings: ['Claude Code on Windows requires git-bash'] },
    ...Array.from({ length: 20 }, (_, i) => ({ slug: `other-${i}`, wordings: [`unrelated failure number ${i}`] })),
  ]).get('shell')![0]!;
  const nearMiss = bestWording([wording], paste('git-bash: Claude Code on Windows runs bash commands that fail with exit 126'), [
    ['claude', 'code'],
  ]);
  assert.deepEqual(nearMiss.missing, ['requires']);
  assert.deepEqual(bestWording([wording], paste('Error: Claude Code on Windows requires git-bash'), [['claude', 'code']]).missing, []);
});

test('a report in another language is matched on its English words: codes and commands carry the evidence', () => {
  const pages = [
    {
      slug: 'eresolve',
      wordings: ['npm ERR! code ERESOLVE unable to resolve dependency tree'],
      descriptions: ['npm install stops with ERESOLVE'],
    },
  ];
  const candidates = candidatesAmongOthers(pages, 0.3);
  // Two English words are few for English prose, but they are all a Japanese report has that a page can hold.
  assert.equal(rank(candidates, paste('依存関係の競合により npm i が ERESOLVE で失敗する。インストールできません'), [])[0]?.id, 'eresolve');
  assert.deepEqual(rank(candidates, paste('My npm setup broke after the holidays and nothing I tried since has helped at all'), []), []);
});

test("a rare word of a page's wording is evidence too, though the paste holds too little of it to be strong", () => {
  const candidates = candidatesAmongOthers(
    [
      {
        slug: 'rejected-push',
        wordings: ["! [rejected] main -> main (non-fast-forward)\nerror: 无法推送一些引用到 'REPO'\n提示：更新被拒绝"],
        descriptions: ['My push was rejected'],
      },
    ],
    0.9, // retrieval found the paste's words on this page
  );
  const [hit, ...rest] = rank(candidates, paste("error: 无法推送一些引用到 'https://gitee.com/me/app.git'"), []);
  assert.equal(hit?.id, 'rejected-push');
  assert.ok(hit!.wordingCoverage < 0.6, String(hit!.wordingCoverage));
  assert.deepEqual(rest, []);
});

test("prose that holds no page's wording is matched on the pages' descriptions, read as one text", () => {
  // Two siblings print the same message; one also has many variants sharing the paste's generic words.
  const pages = [
    {
      slug: 'real-limit',
      wordings: ["You've hit your session limit", '5-hour limit reached', 'Session limit reached', 'Weekly limit reached'],
      descriptions: ['One prompt used the whole 5-hour window'],
    },
    {
      slug: 'idle-rise',
      wordings: ["You've hit your session limit"],
      descriptions: ['Usage jumped while I was away', 'No scheduled tasks were running, yet the meter climbed'],
    },
  ];
  const candidates = candidatesAmongOthers(pages, 0.4);
  const prose = paste('My 5-hour session limit usage jumped to 33% while I was away; no scheduled tasks were running.');
  assert.equal(rank(candidates, prose, [])[0]!.id, 'idle-rise');
  // With the message itself in the paste, both hold it whole; the words around it still decide.
  const mixed = paste("You've hit your session limit · resets 5pm. Usage jumped while I was away.");
  assert.equal(rank(candidates, mixed, [])[0]!.id, 'idle-rise');
  // Prose that shares only an everyday word or two with some symptom finds nothing.
  assert.deepEqual(rank(candidates, paste('The flux capacitor was away for a while'), []), []);
});

test('words that only ask for help ("why", "how to fix", "please help") are no evidence for a page', () => {
  const pages = [
    {
      slug: 'quota',
      wordings: ['You exceeded your current quota'],
      descriptions: ['the key was never used and the quota is already exceeded'],
    },
    {
      slug: 'rate',
      wordings: ['Rate limit reached for requests'],
      descriptions: ['why does this happen and how do I fix it, please help'],
    },
  ];
  const candidates = candidatesAmongOthers(pages, 0.3);
  const prose = paste('Why is this happening? My key says the quota is exceeded but it was never used. How do I fix it? Please help');
  assert.equal(rank(candidates, prose, [])[0]!.id, 'quota');
});

test('a word weighs the same in every form: IDF is counted by stem, as the ranking matches', () => {
  const terms = wordingTerms([
    { slug: 'a', wordings: ['one prompt used it all'] },
    { slug: 'b', wordings: ['a prompt'] },
    { slug: 'c', wordings: ['three prompts'] },
  ]);
  const weightOf = (slug: string, term: string) => new Map(terms.get(slug)![0]).get(term);
  assert.equal(weightOf('c', 'prompts'), weightOf('a', 'prompt'));
});

test("retrieval counts a term as far as Pagefind's relevance goes: a page that only mentions it scores less", () => {
  const hits = [
    {
      term: 'compaction',
      pages: [
        { id: 'signature-holds-it', score: 10 },
        { id: 'mentions-it', score: 1 },
      ],
    },
    // A commoner word (5 pages of 10) that only the other page has: its IDF is between 45% and 90% of the rare word's.
    { term: 'session', pages: ['mentions-it', 'p1', 'p2', 'p3', 'p4'].map((id) => ({ id, score: 1 })) },
  ];
  const [first, second] = retrieve(hits, 10);
  assert.equal(first!.id, 'signature-holds-it');
  assert.ok(first!.queryCoverage > second!.queryCoverage);
});
