import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openSearch } from '../support/search-page.ts';
import { copyWith } from '../support/clipboard.ts';
import { builtErrorSlugs } from '../support/built-site.ts';
import { noisyPaste, startMcp } from '../support/mcp-client.ts';

test('"Copy as prompt" copies the error, every cause, every step link and the page link', async ({ page }) => {
  await page.goto('errors/node-eaddrinuse/');
  const prompt = await copyWith(page, 'Copy as prompt', 'Prompt copied to the clipboard');
  expect(prompt).toContain(await page.locator('.signature pre').innerText());
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  for (const id of await page.locator('li[id^="step-"]').evaluateAll((els) => els.map((e) => e.id))) {
    expect(prompt).toContain(`${canonical}#${id}`);
  }
  for (const cause of await page.locator('.likely').allInnerTexts()) expect(prompt).toContain(cause.replace(/^Most likely cause:\s*/, ''));
  expect(prompt).toContain(canonical!);
});

/** What the search page shows for a paste: its match, and the result URLs with their version verdicts, best first. */
async function browserSearch(page: Page, paste: string) {
  const list = await openSearch(page, paste);
  const results = await page
    .locator('a[data-search-result]')
    .evaluateAll((as) => as.map((a) => `${(a as HTMLAnchorElement).href} ${a.querySelector('[data-version-verdict]')?.textContent ?? ''}`));
  return { match: await list.getAttribute('data-match'), results };
}

test('lookup_error (over the served site) and the search page answer alike: same match, same pages in the same order', async ({
  page,
  baseURL,
}) => {
  const signatures = builtErrorSlugs().map((slug) => JSON.parse(readFileSync(`dist/errors/${slug}.json`, 'utf8')).signature as string);
  const firstLine = (s: string) => s.trim().split('\n')[0]!;
  const pastes = [
    ...signatures.filter((_, i) => i % 15 === 0).map(noisyPaste),
    // A tool version under an error (a verdict), two errors' halves in one paste (weak), words no page has (none).
    `${signatures.find((s) => s.includes('0308010C'))}\nNode.js v18.19.0`,
    `${firstLine(signatures[1]!).slice(0, 30)} ${firstLine(signatures[2]!).slice(-30)}`,
    'Reticulating splines: flux capacitor quorum lost',
  ];
  const mcp = await startMcp(baseURL!);
  try {
    const matches = new Set<string>();
    let verdicts = 0;
    for (const paste of pastes) {
      const inBrowser = await browserSearch(page, paste);
      const viaMcp = await mcp.lookup(paste);
      matches.add(viaMcp.match);
      expect(viaMcp.match, paste).toBe(inBrowser.match);
      // The browser shows a verdict's code spans as <code>: compared without the backticks.
      const answers = viaMcp.pages.map((p) => `${p.url} ${p.verdict?.text.replace(/`/g, '') ?? ''}`);
      expect(answers, paste).toEqual(inBrowser.results.slice(0, answers.length));
      verdicts += viaMcp.pages.filter((p) => p.verdict).length;
    }
    expect([...matches].sort()).toEqual(['none', 'strong', 'weak']);
    expect(verdicts).toBeGreaterThan(0);
  } finally {
    await mcp.client.close();
  }
});
