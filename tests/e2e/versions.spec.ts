import { seriousViolations } from '../support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { openSearch } from '../support/search-page.ts';
import { nodeEnvelopeStack, npmErrEresolve } from '../support/pastes.ts';

/**
 * Version verdicts on the real site, from the real pages' `versions` and versioned `variants`
 * (node-digital-envelope: Node.js >=17.0.0; npm-eresolve: npm >=7.0.0, `npm ERR!` wordings only before npm 10.6).
 * The fixture build (`tests/build/versions-fixture.test.ts`) covers fix versions, by-design and staleness.
 */
async function searchFor(page: Page, paste: string) {
  await openSearch(page, paste);
  return page.locator('a[data-search-result]').first();
}

const envelopeUnder = (nodeVersion: string) => `${nodeEnvelopeStack}\n\nNode.js v${nodeVersion}`;

test('Node.js 18 under the stack: the result and the page it opens say it is affected', async ({ page }) => {
  const first = await searchFor(page, envelopeUnder('18.19.0'));
  await expect(first).toHaveAttribute('href', /\/errors\/node-digital-envelope\/$/);
  const verdict = first.locator('[data-version-verdict]');
  await expect(verdict).toHaveAttribute('data-version-verdict', 'affected');
  await expect(verdict).toContainText('Node.js 18.19.0 is affected (Node.js >=17.0.0)');
  const text = await verdict.textContent();

  await first.click();
  await expect(page).toHaveURL(/\/errors\/node-digital-envelope\/$/);
  const onPage = page.locator('article header [data-version-verdict]');
  await expect(onPage).toHaveAttribute('data-version-verdict', 'affected');
  await expect(onPage).toHaveText(text!);
  // Near the top: above the quick fixes.
  const [verdictTop, quickFixTop] = await Promise.all([onPage.boundingBox(), page.locator('#quick-fix').boundingBox()]);
  expect(verdictTop!.y).toBeLessThan(quickFixTop!.y);
});

test('Node.js 16 is outside the range: not-affected', async ({ page }) => {
  const first = await searchFor(page, envelopeUnder('16.20.2'));
  await expect(first).toHaveAttribute('href', /\/errors\/node-digital-envelope\/$/);
  await expect(first.locator('[data-version-verdict]')).toHaveAttribute('data-version-verdict', 'not-affected');
});

test('npm 10.8.2 with the old npm ERR! wording: affected (npm >=7), and the wording is pointed out as older', async ({ page }) => {
  const first = await searchFor(page, `${npmErrEresolve}\n$ npm -v\n10.8.2`);
  await expect(first).toHaveAttribute('href', /\/errors\/npm-eresolve\/$/);
  const verdict = first.locator('[data-version-verdict]');
  await expect(verdict).toHaveAttribute('data-version-verdict', 'affected');
  await expect(verdict).toContainText(
    /^npm 10\.8\.2 is affected \(npm >=7\.0\.0\).* The pasted wording “npm ERR! .*” comes from npm <10\.6\.0, not 10\.8\.2/,
  );
});

test('a paste without a version gets no verdict', async ({ page }) => {
  const first = await searchFor(page, 'Error: error:0308010C:digital envelope routines::unsupported');
  await expect(first).toHaveAttribute('href', /\/errors\/node-digital-envelope\/$/);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
  await expect(first.locator('[data-version-verdict]')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical problem with verdicts shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const first = await searchFor(page, envelopeUnder('18.19.0'));
    await expect(first.locator('[data-version-verdict]')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await first.click();
    await expect(page.locator('article [data-version-verdict]')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
