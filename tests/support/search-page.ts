import { expect, type Locator, type Page } from '@playwright/test';

/** Opens `/search/?q=` with the query and waits until the results are marked done (README, Search: the contract); the results list. */
export async function openSearch(page: Page, query: string): Promise<Locator> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const results = page.locator('[data-search-results]');
  await expect(results).toHaveAttribute('data-match', /strong|weak|none/);
  return results;
}

/** The slugs of the results on the page, best first. */
export const resultSlugs = (page: Page): Promise<string[]> =>
  page
    .locator('a[data-search-result]')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').filter(Boolean).pop()!));
