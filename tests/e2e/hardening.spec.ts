import { seriousViolations } from '../support/axe.ts';
import { expect, test, type Page } from '@playwright/test';

const pages = [
  { name: 'home', path: './' },
  { name: 'category', path: 'categories/docker/' },
  { name: 'error page', path: 'errors/npm-eresolve/' },
  { name: 'search with results', path: `search/?q=${encodeURIComponent('npm ERR! code ERESOLVE')}` },
];

async function settle(page: Page, path: string) {
  await page.goto(path);
  if (path.startsWith('search/')) await expect(page.locator('[data-search-results]')).toHaveAttribute('data-match', /strong|weak|none/);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const { name, path } of pages) {
      test(`axe finds no serious or critical problem on the ${name}`, async ({ page }) => {
        await settle(page, path);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test('no page load or search requests another origin, and nothing breaks the CSP', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
  });
  page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  for (const { path } of pages) await settle(page, path);
  await page.goto('errors/docker-no-space/');
  await page.locator('.site-header input[type="search"]').fill('no space left on device');
  await expect(page.locator('.site-header a[data-search-result]').first()).toBeVisible();
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toContain("default-src 'self'");
});

test('the keyboard reaches the skip link first and it moves focus to the content', async ({ page }) => {
  await page.goto('errors/npm-eresolve/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a hostile query typed into the header box is shown as text', async ({ page }) => {
  await page.goto('./');
  await page.locator('main input[type="search"]').fill('"><svg onload=window.__xss=1> npm ERR! code EACCES');
  await expect(page.locator('main [data-search-panel]')).toBeVisible();
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('main [data-search-panel] svg').count()).toBe(0);
});
