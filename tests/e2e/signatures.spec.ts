import { expect, test } from '@playwright/test';
import { openSearch, resultSlugs } from '../support/search-page.ts';
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
    const results = await openSearch(page, data.signature);
    expect((await resultSlugs(page))[0]).toBe(slug);
    await expect(results).toHaveAttribute('data-match', 'strong');
  });
}
