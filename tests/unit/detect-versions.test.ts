import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectVersions } from '../../src/lib/versions/detect-versions.ts';
import { versionPatternsOf } from '../../src/lib/versions/tool-names.ts';
import { toolsSchema } from '../../src/schema/tools.ts';
import { nodeEnvelopeStack } from '../support/pastes.ts';

/** The real alias file, validated as the build validates it: the patterns under test are the shipped ones. */
const tools = versionPatternsOf(toolsSchema.parse(JSON.parse(readFileSync('content/tools.json', 'utf8'))));
const versions = (paste: string) => Object.fromEntries(detectVersions(paste, tools).map((d) => [d.tool, d.version]));

/**
 * Paste formats as real reports show them (shortened; paths and ids changed). Each case lists
 * every tool version the paste names, and nothing else: a pattern that over-matches fails too.
 */
const cases: Array<{ name: string; paste: string; expected: Record<string, string> }> = [
  {
    // geotiffjs/cog-explorer#38: Node prints its version under an uncaught error's stack.
    name: 'Node.js under a stack trace',
    paste: `${nodeEnvelopeStack}\n\nNode.js v23.1.0`,
    expected: { 'Node.js': '23.1.0' },
  },
  {
    // Issue templates: "- Node: 16.0.0-nightly…", "- npm: 7.0.8" (npm/cli#2180).
    name: 'environment list of an issue template',
    paste: `### Environment:

- OS: Ubuntu 20.04
- Node: 16.0.0-nightly20201113f03f7cbd35
- npm: 7.0.8`,
    expected: { 'Node.js': '16.0.0', npm: '7.0.8' },
  },
  {
    // npm 7+ debug log head (forcedotcom/cli#3098), Homebrew's Cellar path included.
    name: 'npm debug log',
    paste: `0 verbose cli /opt/homebrew/Cellar/node/23.1.0_1/bin/node /opt/homebrew/bin/npm
1 info using npm@10.9.0
2 info using node@v23.1.0
3 silly config load:file:/opt/homebrew/lib/node_modules/npm/npmrc`,
    expected: { 'Node.js': '23.1.0', npm: '10.9.0' },
  },
  {
    // npm 6 printed both versions in the error block.
    name: 'npm 6 error block',
    paste: `npm ERR! code ELIFECYCLE
npm ERR! errno 1
npm ERR! node v12.13.0
npm ERR! npm  v6.12.0
npm ERR! A complete log of this run can be found in:
npm ERR!     /home/me/.npm/_logs/2019-11-02T20_40_57_743Z-debug.log`,
    expected: { 'Node.js': '12.13.0', npm: '6.12.0' },
  },
  {
    name: 'npm user agent in a registry error',
    paste: `npm ERR! 403 403 Forbidden - GET https://registry.example.com/left-pad
npm ERR! user agent: npm/10.2.3 node/v20.10.0 linux x64 workspaces/false`,
    expected: { 'Node.js': '20.10.0', npm: '10.2.3' },
  },
  {
    name: '`npm -v` and `node -v` typed in a terminal',
    paste: `$ node -v
v20.11.1
$ npm -v
10.2.4`,
    expected: { 'Node.js': '20.11.1', npm: '10.2.4' },
  },
  {
    // aleksey-hoffman/sigma-file-manager#191: versions in prose.
    name: 'versions in a sentence',
    paste: "I'm running node v16.17.0 with npm 8.15.0.\nnpm ERR! code ERESOLVE",
    expected: { 'Node.js': '16.17.0', npm: '8.15.0' },
  },
  {
    // anthropics/claude-code#80564: the report `/bug` files.
    name: 'Claude Code /bug report',
    paste: `**Bug Description**
not working

**Environment Info**
- Platform: darwin
- Terminal: vscode
- Version: 2.1.218
- Feedback ID: bc7ff2aa-d134-4e97-81f4-fe3622e1c7a4`,
    expected: { 'Claude Code': '2.1.218' },
  },
  {
    // anthropics/claude-code#11674
    name: '`claude --version` output',
    paste:
      'claude --version\n2.0.42 (Claude Code)\nAPI Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
    expected: { 'Claude Code': '2.0.42' },
  },
  {
    // anthropics/claude-code#56514: the issue form's version field.
    name: 'Claude Code issue form',
    paste: '### Claude Code Version\n\n 2.1.129\n\n### Platform\n\nAnthropic API',
    expected: { 'Claude Code': '2.1.129' },
  },
  {
    // anthropics/claude-code#31907: the installed build's folder in a stack.
    name: 'Claude Code version folder in an error',
    paste:
      'Error: NON-FATAL: Lock acquisition failed for /Users/me/.local/share/claude/versions/2.1.71 (expected in multi-process scenarios)',
    expected: { 'Claude Code': '2.1.71' },
  },
  {
    name: '`pip --version` names pip and Python',
    paste: 'pip 22.3.1 from /usr/lib/python3/dist-packages/pip (python 3.11)',
    expected: { pip: '22.3.1', Python: '3.11' },
  },
  {
    name: 'Python traceback with a site-packages path',
    paste: `Traceback (most recent call last):
  File "/home/me/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1037, in _request
    raise self._make_status_error_from_response(err.response) from None
openai.RateLimitError: Error code: 429`,
    expected: { Python: '3.12' },
  },
  {
    name: '`python --version` and the interpreter banner',
    paste: 'Python 3.12.1 (main, Dec  8 2023, 05:40:51) [GCC 11.4.0] on linux',
    expected: { Python: '3.12.1' },
  },
  {
    name: 'git version, Apple build',
    paste: "git version 2.39.3 (Apple Git-145)\nfatal: detected dubious ownership in repository at '/src'",
    expected: { Git: '2.39.3' },
  },
  {
    name: 'git version, Git for Windows build',
    paste: 'git version 2.42.0.windows.2',
    expected: { Git: '2.42.0', 'Git for Windows': '2.42.0' },
  },
  {
    name: '`docker --version`',
    paste:
      'Docker version 24.0.6, build ed223bc\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    expected: { Docker: '24.0.6', 'Docker CLI': '24.0.6', 'Docker Engine': '24.0.6' },
  },
  {
    name: '`docker compose version`',
    paste: 'Docker Compose version v2.23.0',
    expected: { 'Docker Compose': '2.23.0' },
  },
  {
    name: 'OpenSSH and OpenSSL from `ssh -V`',
    paste: 'OpenSSH_9.6p1, OpenSSL 3.0.13 30 Jan 2024\ngit@github.com: Permission denied (publickey).',
    expected: { OpenSSH: '9.6', OpenSSL: '3.0.13' },
  },
  {
    name: 'pip freeze lines',
    paste: 'openai==1.3.0\nanthropic==0.40.0\nrequests==2.31.0',
    expected: { 'openai Python SDK': '1.3.0', 'Anthropic SDKs': '0.40.0', requests: '2.31.0' },
  },
  {
    name: 'Windows line endings',
    paste: 'Error: listen EADDRINUSE: address already in use :::3000\r\n\r\nNode.js v18.19.0\r\n',
    expected: { 'Node.js': '18.19.0' },
  },
  {
    // Versions of other things, ports, line numbers, ids; a bare "Version:" line outside a Claude Code report names no tool.
    name: 'no version from numbers that are not tool versions',
    paste: `Error: listen EADDRINUSE: address already in use 127.0.0.1:3000
at Object.<anonymous> (/home/dev/server.js:14:5)
npm ERR! While resolving: my-app@0.1.0
npm ERR! Found: react@18.2.0
API Error: 429 {"type":"error","error":{"type":"rate_limit_error"}} request_id: req_011CZ
- Version: 2.1.218
nodemon 3.0.1`,
    expected: {},
  },
];

for (const c of cases) {
  test(`detects versions: ${c.name}`, () => {
    assert.deepEqual(versions(c.paste), c.expected);
  });
}

test('the first mention of a tool wins, and results come in paste order', () => {
  const found = detectVersions('git version 2.43.0\nNode.js v18.19.0\nNode.js v20.1.0', tools);
  assert.deepEqual(
    found.map((d) => `${d.tool} ${d.version}`),
    ['Git 2.43.0', 'Node.js 18.19.0'],
  );
});
