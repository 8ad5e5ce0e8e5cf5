import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agentFileProblems, repoLinkPages } from '../support/site-check/agent-files.ts';
import { repository, site } from '../../src/site-config.ts';

test('every error page has Markdown and JSON twins with its signature and steps; llms.txt lists every page; OpenSearch on every page (dist/)', () => {
  assert.deepEqual(agentFileProblems('dist', site.base), []);
});

test('without REPO_URL, no page shows report, edit or request links (dist/)', { skip: repository.url && 'REPO_URL is set' }, () => {
  assert.deepEqual(repoLinkPages('dist'), []);
});
