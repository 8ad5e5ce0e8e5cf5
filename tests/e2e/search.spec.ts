import { expect, test, type Page } from '@playwright/test';
import { openSearch, resultSlugs } from '../support/search-page.ts';
import { anthropicAuthTraceback, noisyEaddrinuse } from '../support/pastes.ts';
import { searchWorkers, withoutSharedWorkers } from '../support/search-workers.ts';

const results = (page: Page) => page.locator('[data-search-results]');

const searchFor = async (page: Page, query: string) => (await openSearch(page, query)).getAttribute('data-match');

const firstResultSlug = async (page: Page) => (await resultSlugs(page))[0];

test('a noisy pasted error finds its page first', async ({ page }) => {
  expect(await searchFor(page, noisyEaddrinuse)).toBe('strong');
  expect(await firstResultSlug(page)).toBe('node-eaddrinuse');
});

test('an API error with a request id finds its page, not a page that mentions "req"', async ({ page }) => {
  const paste =
    'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CZrQx7Lw2v9Yk3TnB8mE4"}';
  expect(await searchFor(page, paste)).toBe('strong');
  expect(await firstResultSlug(page)).toBe('cc-api-529-overloaded');
});

test('/search/?q= round trip: typing updates the shareable URL and the results', async ({ page }) => {
  await page.goto('search/');
  const box = page.getByRole('searchbox', { name: 'Search errors' });
  await box.fill('fatal: refusing to merge unrelated histories');
  await expect(page).toHaveURL(/\?q=fatal%3A\+refusing|\?q=fatal%3A%20refusing/);
  await expect(results(page)).toHaveAttribute('data-match', 'strong');
  expect(await firstResultSlug(page)).toBe('git-unrelated-histories');
  // The URL, opened fresh, gives the same answer.
  await page.goto(page.url());
  await expect(results(page)).toHaveAttribute('data-match', 'strong');
  expect(await firstResultSlug(page)).toBe('git-unrelated-histories');
});

test('keyboard: / focuses search, arrows walk the results, Enter opens one', async ({ page }) => {
  await page.goto('errors/git-publickey/');
  await page.keyboard.press('/');
  const box = page.locator('.site-header input[type="search"]');
  await expect(box).toBeFocused();
  await page.keyboard.type('error: externally-managed-environment');
  const first = page.locator('.site-header [data-search-panel] a[data-search-result]').first();
  await expect(first).toHaveAttribute('href', /py-externally-managed/);
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/errors\/py-externally-managed\/$/);
  await page.waitForLoadState('domcontentloaded'); // the shortcut exists once the page's script has run
  await page.keyboard.press('Control+k');
  await expect(page.locator('.site-header input[type="search"]')).toBeFocused();
});

test('the search highlights matched words on the page it opens, without changing its URL', async ({ page }) => {
  await searchFor(page, 'Error: error:0308010C:digital envelope routines::unsupported');
  await page.locator('a[data-search-result]').first().click();
  await expect(page).toHaveURL(/\/errors\/node-digital-envelope\/$/);
  await expect(page.locator('article mark').first()).toBeVisible();
});

test('a traceback pasted into the home page box, its line breaks made spaces by the box, finds its page', async ({ page }) => {
  await page.goto('');
  await page.evaluate((text) => navigator.clipboard.writeText(text), anthropicAuthTraceback);
  const box = page.getByRole('searchbox', { name: 'Search errors' });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(box).toHaveValue(/^\s*File ".*anthropic\.AuthenticationError/); // one line, as the browser pastes it
  await box.press('Enter');
  await expect(results(page)).toHaveAttribute('data-match', 'strong');
  expect(await firstResultSlug(page)).toBe('anthropic-401-invalid-key');
  // A shared link keeps the line breaks; the box shows them as spaces, not as words glued together.
  await page.goto(`search/?q=${encodeURIComponent(anthropicAuthTraceback)}`);
  await expect(box).toHaveValue(/from None anthropic\.AuthenticationError/);
});

test('a log too long for a link is cut to its start and end, and the search page still opens on its error', async ({ page }) => {
  const frames = anthropicAuthTraceback.split('\n').slice(0, 4).join('\n');
  const log = `${Array.from({ length: 150 }, () => frames).join('\n')}\n${anthropicAuthTraceback}`; // ~40 KB
  await page.goto('');
  await page.evaluate((text) => navigator.clipboard.writeText(text), log);
  const box = page.getByRole('searchbox', { name: 'Search errors' });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await box.press('Enter');
  await expect(results(page)).toHaveAttribute('data-match', 'strong');
  expect(await firstResultSlug(page)).toBe('anthropic-401-invalid-key');
  expect(page.url().length).toBeLessThan(8000);
});

test('an error no page covers says so instead of pretending', async ({ page }) => {
  expect(await searchFor(page, 'zxqv frobnicator exploded: kernel of the spline reticulated')).toBe('none');
  await expect(page.locator('a[data-search-result]')).toHaveCount(0);
  await expect(page.locator('[data-search-status]')).toContainText('No page covers this error');
});

test('a query holding HTML or a script is shown as text and never runs', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> npm ERR! code ERESOLVE';
  await searchFor(page, hostile);
  await expect(page.getByRole('searchbox', { name: 'Search errors' })).toHaveValue(hostile);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('main img, [data-search-results] script').count()).toBe(0);
});

test('the search page answers from the worker its inline first script started, and the next page finds it running', async ({ page }) => {
  expect(await searchFor(page, noisyEaddrinuse)).toBe('strong');
  const started = await page.locator('head script[data-url]').getAttribute('data-url');
  const [worker, ...others] = await searchWorkers(page);
  expect([worker?.kind, worker && new URL(worker.url).pathname, others.length]).toEqual(['shared', started, 0]);
  await page.getByRole('searchbox', { name: 'Search errors' }).fill('fatal: refusing to merge unrelated histories');
  await expect.poll(() => firstResultSlug(page)).toBe('git-unrelated-histories');
  // A new search page connects to the same worker, which loaded Pagefind once.
  expect(await searchFor(page, 'npm ERR! code ERESOLVE')).toBe('strong');
  expect((await searchWorkers(page)).map((w) => w.id)).toEqual([worker!.id]);
  const marks = await worker!.evaluate(() =>
    ['search:worker-start', 'search:pagefind-imported', 'search:query-received'].map((m) => performance.getEntriesByName(m).length),
  );
  expect(marks).toEqual([1, 1, 3]);
});

test('a search box warms the worker that the search page then answers from', async ({ page }) => {
  await page.goto('errors/git-publickey/');
  const box = page.locator('.site-header input[type="search"]');
  await box.fill('fatal: refusing to merge unrelated histories');
  await expect(page.locator('[data-search-panel-results] a[data-search-result]').first()).toBeVisible();
  const [worker] = await searchWorkers(page);
  await box.press('Enter');
  await expect(results(page)).toHaveAttribute('data-match', 'strong');
  expect(await firstResultSlug(page)).toBe('git-unrelated-histories');
  expect((await searchWorkers(page)).map((w) => [w.kind, w.id])).toEqual([['shared', worker!.id]]);
  // Pagefind was loaded once, for the box; both pages asked it.
  const marks = await worker!.evaluate(() =>
    ['search:pagefind-imported', 'search:query-received'].map((m) => performance.getEntriesByName(m).length),
  );
  expect(marks).toEqual([1, 2]);
});

test('a browser without shared workers searches in a worker of its own', async ({ page }) => {
  await withoutSharedWorkers(page);
  expect(await searchFor(page, noisyEaddrinuse)).toBe('strong');
  expect(await firstResultSlug(page)).toBe('node-eaddrinuse');
  const started = await page.locator('head script[data-url]').getAttribute('data-url');
  expect((await searchWorkers(page)).map((w) => [w.kind, new URL(w.url).pathname])).toEqual([['dedicated', started]]);
});
