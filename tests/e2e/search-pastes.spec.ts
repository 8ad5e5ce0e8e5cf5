import { expect, test, type Page } from '@playwright/test';
import { openSearch, resultSlugs } from '../support/search-page.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { readContent } from '../../src/content/read-content.ts';

/*
 * Messy pastes of the kinds people send (error plus their own words, SDK tracebacks, near
 * misses, other languages), written for these tests, through the real search page. Which
 * page is right is read from the content (its tools), not from a list of expected slugs.
 */
const { categoriesFile, pageFiles } = readContent(process.cwd());
const toolsOf = new Map(checkContent(categoriesFile, pageFiles).pages.map((p) => [p.slug, p.data.tools]));

async function search(page: Page, query: string) {
  const results = await openSearch(page, query);
  const slugs = await resultSlugs(page);
  return { match: await results.getAttribute('data-match'), first: slugs[0] };
}

/** Claude Code's session limit inside the reporter's own words, which name Cursor's limit too. */
const sessionLimitInProse = `You've hit your session limit · resets 4:30pm (Asia/Tokyo)
I was halfway through a refactor when it stopped. My usage page says I used only part of my plan,
and I have not hit any usage limit in Cursor or anywhere else today.`;

test("a session-limit message inside the reporter's prose lands on a Claude Code page, not Cursor's", async ({ page }) => {
  const { first } = await search(page, sessionLimitInProse);
  expect(toolsOf.get(first!)).toContain('Claude Code');
  expect(toolsOf.get(first!)).not.toContain('Cursor');
});

test('a Python traceback through the Anthropic SDK lands on a Claude API page', async ({ page }) => {
  const paste = [
    'Traceback (most recent call last):',
    '  File "/home/dev/app/main.py", line 12, in <module>',
    '    reply = client.messages.create(model=MODEL, max_tokens=1024, messages=history)',
    '  File "/home/dev/.venv/lib/python3.12/site-packages/anthropic/_base_client.py", line 1061, in request',
    '    raise self._make_status_error_from_response(err.response) from None',
    "NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: gpt-4o'}}",
  ].join('\n');
  const { first } = await search(page, paste);
  expect(toolsOf.get(first!)).toContain('Claude API');
});

test('an error no page covers that shares most words with one (another git failure) is not marked strong', async ({ page }) => {
  // A page's wording ends "fatal: unable to access '…': The requested URL returned error: 403"; none covers DNS failures.
  const paste = [
    'git push origin main',
    "fatal: unable to access 'https://github.com/acme/site.git/': Could not resolve host: github.com",
  ].join('\n');
  const { match } = await search(page, paste);
  expect(match).not.toBe('strong');
});

test('the same message printed by another tool than the pages name is not marked strong', async ({ page }) => {
  // Codex CLI prints Cursor's wording; no page covers Codex's limit.
  const { match } = await search(page, "codex exec failed: You've hit your usage limit. Upgrade to Pro or try again in 3 days.");
  expect(match).not.toBe('strong');
});

test('a localized message with an English code in it finds its page', async ({ page }) => {
  const russian =
    'Ошибка при установке зависимостей:\nnpm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nПомогите, пожалуйста';
  expect((await search(page, russian)).first).toBe('npm-eresolve');
  const chinese = '推送时报错：\n ! [rejected]        main -> main (non-fast-forward)\nerror: 无法推送一些引用到远程仓库';
  expect((await search(page, chinese)).first).toBe('git-non-fast-forward');
});

test("words from the middle of a page's Chinese message find it: the browser splits Chinese as the build did", async ({ page }) => {
  // "远程仓库" (remote repository) is inside git's translated "无法读取远程仓库", "模块" inside TypeScript's "找不到模块".
  expect((await search(page, '远程仓库')).first).toBe('git-publickey');
  expect((await search(page, '找不到模块')).first).toBe('ts2307-cannot-find-module');
});

test('an error quoted after a long story still finds its page', async ({ page }) => {
  // More than the 32 searched terms of story before the error, as in a report's opening paragraph.
  const story = `Unless I pick the hosted model, the local ones never behave. First I tried a small model on my
laptop and it answered with four random words, one per line; other times it gave me more of them. Restarting the
terminal, switching shells and reinstalling everything changed nothing at all, so now it just throws this at me:`;
  const paste = `${story}\n\`\`\`\nAPI Error: Claude's response exceeded the 32000 output token maximum. To configure this behavior, set the\n     CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable.\n\`\`\``;
  expect(await search(page, paste)).toEqual({ match: 'strong', first: 'cc-output-token-maximum' });
});

test('results arrive without shifting the page (their space is kept from the start)', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 }); // a phone, as Lighthouse's mobile run
  await page.addInitScript(() => {
    const w = window as { layoutShift?: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
        if (!e.hadRecentInput) w.layoutShift! += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await search(page, sessionLimitInProse);
  expect(await page.evaluate(() => (window as { layoutShift?: number }).layoutShift)).toBe(0);
});
