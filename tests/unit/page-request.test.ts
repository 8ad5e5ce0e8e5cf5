import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanedPaste, pageRequest } from '../../src/lib/page-request.ts';
import { editFileUrl, newIssueUrl, reportProblemUrl } from '../../src/lib/repo-links.ts';

/** Personal data and credentials as they show up in real pastes; none may reach an issue. */
const PRIVATE = {
  unixPath: '/home/alice/acme-payments/src/server.ts',
  windowsPath: 'C:\\Users\\alice\\acme\\app.js',
  anthropicKey: 'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_abcdefghij',
  openaiKey: 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWx0123456789',
  githubToken: 'ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
  awsKey: 'AKIAIOSFODNN7EXAMPLE',
  bearer: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  requestId: 'req_011CUsd8xYzAbCdEfGhIjK',
  uuid: '3f2b9c1e-8a4d-4c7b-9e21-5d6f7a8b9c0d',
  email: 'alice.smith@acme-corp.com',
  host: 'https://build.acme-corp.internal/job/42',
};

const paste = `[2026-11-29 10:00:01] ERROR ${PRIVATE.unixPath}:12:5
Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"${PRIVATE.requestId}"}
    at Anthropic.makeRequest (file://${PRIVATE.unixPath}:88:13)
ANTHROPIC_API_KEY=${PRIVATE.anthropicKey} OPENAI_API_KEY=${PRIVATE.openaiKey}
GITHUB_TOKEN=${PRIVATE.githubToken} AWS_ACCESS_KEY_ID=${PRIVATE.awsKey}
Authorization: ${PRIVATE.bearer}
session ${PRIVATE.uuid} user ${PRIVATE.email} in ${PRIVATE.windowsPath} from ${PRIVATE.host}`;

test('a request body keeps the error and never a path, key, token, id or e-mail address from the paste', () => {
  const { title, body } = pageRequest({ paste, match: 'none', searchUrl: 'https://kb.example/search/' });
  const url = newIssueUrl({ url: 'https://github.com/acme/kb', branch: 'main' }, { title, body });
  const sent = new URL(url).searchParams;
  for (const text of [sent.get('title')!, sent.get('body')!]) {
    for (const [what, value] of Object.entries(PRIVATE)) assert.ok(!text.includes(value), `${what} reached the issue:\n${text}`);
    for (const part of ['alice', 'acme', 'AbCdEf', 'eyJhbGci', '011CUsd8']) assert.ok(!text.includes(part), `"${part}" reached the issue`);
  }
  assert.match(sent.get('body')!, /authentication_error/);
  assert.match(sent.get('body')!, /invalid x-api-key/);
  assert.match(sent.get('body')!, /The search found no page\./);
});

test('the body names the match it got, and links the search of the cleaned text only', () => {
  const { body } = pageRequest({
    paste: `npm error code ERESOLVE in ${PRIVATE.unixPath}`,
    match: 'weak',
    best: { title: 'npm ERESOLVE', url: 'https://kb.example/errors/npm-eresolve/' },
    searchUrl: 'https://kb.example/search/',
  });
  assert.match(body, /only a weak match: "npm ERESOLVE" \(https:\/\/kb\.example\/errors\/npm-eresolve\/\)/);
  const search = /Search: (\S+)/.exec(body)![1]!;
  assert.equal(new URL(search).searchParams.get('q'), cleanedPaste(`npm error code ERESOLVE in ${PRIVATE.unixPath}`));
  assert.ok(!search.includes('alice'));
});

test('a long paste is cut, so the prefilled URL stays under what GitHub accepts', () => {
  const { title, body } = pageRequest({
    paste: 'TypeError: x is undefined '.repeat(2000),
    match: 'none',
    searchUrl: 'https://kb.example/search/',
  });
  assert.ok(title.length <= 100);
  assert.ok(newIssueUrl({ url: 'https://github.com/acme/kb', branch: 'main' }, { title, body }).length < 8000);
});

test('URL shapes: GitHub edit and new issue; GitLab under /-/ with its field names', () => {
  const github = { url: 'https://github.com/acme/kb', branch: 'main' };
  const gitlab = { url: 'https://gitlab.example.com/team/kb', branch: 'trunk' };
  assert.equal(
    editFileUrl(github, 'content/errors/npm-eresolve.mdx'),
    'https://github.com/acme/kb/edit/main/content/errors/npm-eresolve.mdx',
  );
  assert.equal(editFileUrl(gitlab, 'content/errors/x.mdx'), 'https://gitlab.example.com/team/kb/-/edit/trunk/content/errors/x.mdx');
  const report = new URL(reportProblemUrl(github, { title: 'T', url: 'https://kb.example/errors/x/', file: 'content/errors/x.mdx' }));
  assert.equal(report.origin + report.pathname, 'https://github.com/acme/kb/issues/new');
  assert.match(report.searchParams.get('body')!, /https:\/\/kb\.example\/errors\/x\/[\s\S]*content\/errors\/x\.mdx/);
  const issue = new URL(newIssueUrl(gitlab, { title: 'T', body: 'B' }));
  assert.equal(issue.pathname, '/team/kb/-/issues/new');
  assert.equal(issue.searchParams.get('issue[description]'), 'B');
});
