import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSecrets } from '../../src/content/secrets.ts';

// Built at run time so this file itself holds nothing that looks like a credential.
const fake = (prefix: string, n: number) => prefix + 'aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0z'.repeat(3).slice(0, n);

const leaks: Array<[string, string]> = [
  [`export ANTHROPIC_API_KEY=${fake('sk-ant-api03-', 40)}`, 'an Anthropic API key'],
  [`Incorrect API key provided: ${fake('sk-proj-', 40)}`, 'an OpenAI API key'],
  [`git clone https://${fake('ghp_', 36)}@github.com/o/r`, 'a GitHub token'],
  [`token: ${fake('github_pat_', 40)}`, 'a GitHub token'],
  [`aws_access_key_id = AKIA${'IOSFODNN7EXAMPLQ'}`, 'an AWS access key id'],
  ['-----BEGIN OPENSSH PRIVATE KEY-----', 'a private key'],
  [`Authorization: Bearer ${fake('', 32)}`, 'a bearer token'],
  ['Reported by jane.doe@acme-corp.io on Slack', 'an e-mail address'],
];

for (const [line, what] of leaks) {
  test(`finds ${what}, with its line, and never prints it whole`, () => {
    const findings = findSecrets(`title: x\n\n${line}\n`);
    assert.equal(findings[0]?.what, what);
    assert.equal(findings[0]?.line, 3);
    assert.match(findings[0]!.masked, /^.{1,6}…\*{4}$/);
  });
}

/** What pages may hold: masked keys, placeholders, request ids, SSH remotes, URL users, example addresses. */
const passes: Array<[string, string]> = [
  ['Incorrect API key provided: sk-proj-****************abcd', 'a masked OpenAI key'],
  ['Incorrect API key provided: sk-abc12***************xyz9.', 'a key masked in its middle'],
  ['curl -H "x-api-key: $ANTHROPIC_API_KEY" -H "Authorization: Bearer $TOKEN"', 'placeholders in a command'],
  ['Authorization: Bearer <your key>', 'a bearer placeholder'],
  ['"request_id":"req_011CZrQx7Lw2v9Yk3TnB8mE4"', 'a request id'],
  ['git@github.com: Permission denied (publickey).', 'an SSH remote'],
  ["Password for 'https://you@github.com':", 'a user in a URL'],
  ['ssh-keygen -t ed25519 -C "you@example.com"', 'an example address'],
];

for (const [line, what] of passes) {
  test(`passes ${what}`, () => {
    assert.deepEqual(findSecrets(`title: x\n\n${line}\n`), []);
  });
}
