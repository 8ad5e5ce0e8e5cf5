import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../support/build-site.ts';
import { brokenLinks } from '../support/site-check/broken-links.ts';
import { builtErrorSlugs } from '../support/built-site.ts';
import { readBuiltFiles } from '../support/site-check/read-built-files.ts';
import { agentFileProblems, repoLinkPages } from '../support/site-check/agent-files.ts';
import { checkShareable } from '../support/shareable.ts';
import { launchChromium } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

/** One build under a sub-path, with a repository configured (`REPO_URL`), for the tests below. */
const REPO = 'https://github.com/acme/error-kb';
const out = mkdtempSync(join(tmpdir(), 'kb-subpath-'));
before(() => {
  const result = buildSite({ outDir: out, env: { BASE_PATH: '/kb/', SITE_URL: 'https://docs.example.org', REPO_URL: REPO } });
  assert.equal(result.status, 0, result.stderr.slice(-2000));
});
after(() => rmSync(out, { recursive: true, force: true }));

test('a build under a sub-path (/kb/) has working links, assets, cards, share tags and agent files', () => {
  assert.deepEqual(brokenLinks(readBuiltFiles(out), '/kb/'), []);
  assert.deepEqual(checkShareable(out, '/kb/'), []);
  assert.deepEqual(agentFileProblems(out, '/kb/'), []);
});

test('with REPO_URL, every error page links "Report a problem" and "Edit this page" to its own file', () => {
  const slugs = builtErrorSlugs(out);
  assert.deepEqual(repoLinkPages(out), [...slugs.map((s) => `errors/${s}/index.html`), 'search/index.html'].sort());
  for (const slug of slugs) {
    const html = readFileSync(join(out, 'errors', slug, 'index.html'), 'utf8');
    assert.ok(html.includes(`href="${REPO}/edit/main/content/errors/${slug}.mdx"`), slug);
    const report = /<a href="([^"]+)"[^>]*>Report a problem</.exec(html)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(report?.startsWith(`${REPO}/issues/new?`), slug);
    assert.ok(new URL(report!).searchParams.get('body')!.includes(`https://docs.example.org/kb/errors/${slug}/`), slug);
  }
});

test('with REPO_URL, a search that ends weak or none offers a page request, showing the cleaned paste it will send', async () => {
  const { url, server } = await serveStatic(out, 4397, '/kb/');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const paste =
      'Reticulating splines in /home/alice/acme/app.js: flux capacitor quorum lost for alice@acme-corp.com (req_011CUsd8xYzAbCdEf)';
    await page.goto(`${url}search/?q=${encodeURIComponent(paste)}`);
    await page.waitForSelector('[data-search-results][data-match="none"]', { state: 'attached' });
    const offer = page.locator('[data-page-request]');
    assert.ok(await offer.isVisible());
    const href = (await offer.getByRole('link', { name: 'Request a page for this error' }).getAttribute('href'))!;
    const sent = new URL(href);
    assert.equal(sent.origin + sent.pathname, `${REPO}/issues/new`);
    const body = sent.searchParams.get('body')!;
    for (const personal of ['alice', 'acme', '/home', 'req_011']) assert.ok(!body.includes(personal), `${personal} in ${body}`);
    assert.match(body, /Reticulating splines in app\.js\s*: flux capacitor quorum lost/);
    await offer.locator('summary').click();
    assert.equal(await offer.locator('pre').innerText(), `${sent.searchParams.get('title')}\n\n${body}`);
    // A strong match needs no request.
    await page.goto(`${url}search/?q=${encodeURIComponent('fatal: refusing to merge unrelated histories')}`);
    await page.waitForSelector('[data-search-results][data-match="strong"]', { state: 'attached' });
    assert.equal(await offer.isVisible(), false);
  } finally {
    await browser.close();
    server.close();
  }
});
