import { expect, test } from '@playwright/test';
import { checkContent } from '../../src/content/check-content.ts';
import { isPublished } from '../../src/content/published.ts';
import { readContent } from '../../src/content/read-content.ts';

/*
 * Every published page's own signature, pasted as it stands, finds that page first: the
 * floor under everything the search does with messier pastes. One test per page, so a
 * failure names the page whose signature lands elsewhere.
 */
const { categoriesFile, pageFiles } = readContent(process.cwd());
const pages = checkContent(categoriesFile, pageFiles).pages.filter(isPublished);

for (const { slug, data } of pages) {
  test(`the signature of ${slug} finds it first`, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(data.signature)}`);
    const results = page.locator('[data-search-results]');
    await expect(results).toHaveAttribute('data-match', /strong|weak|none/);
    const first = await page
      .locator('a[data-search-result]')
      .first()
      .evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').filter(Boolean).pop());
    expect(first).toBe(slug);
    await expect(results).toHaveAttribute('data-match', 'strong');
  });
}
