import type { Page } from '@playwright/test';

/**
 * Makes `page` note the moment (`performance.now()`, from navigation start) its search
 * results are marked done (`data-match` set), with a MutationObserver installed before
 * any page script runs: exact, where polling would add up to a frame.
 */
export async function noteSearchDone(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Only `data-match` changes are observed, so the page being timed does no extra work while it loads.
    new MutationObserver((mutations) => {
      if (mutations.some((m) => (m.target as Element).matches('[data-search-results][data-match]')))
        (window as { searchDoneAt?: number }).searchDoneAt ??= performance.now();
    }).observe(document, { subtree: true, attributeFilter: ['data-match'] });
  });
}

/** Waits for the current navigation's search to finish; its time in ms from navigation start. */
export async function searchDoneAt(page: Page, timeout = 30_000): Promise<number> {
  const at = await page.waitForFunction(() => (window as { searchDoneAt?: number }).searchDoneAt, null, { polling: 'raf', timeout });
  return (await at.jsonValue()) as number;
}

/**
 * Searches each item's text on the search page of the site at `siteUrl`, each a fresh navigation
 * with the HTTP cache warmed once before (as a returning visitor has it), and yields the item
 * with its time from navigation start; the page still shows that search's results when it does.
 */
export async function* timedSearches<T extends { text: string }>(
  page: Page,
  siteUrl: string,
  items: readonly T[],
): AsyncGenerator<[T, number]> {
  await page.goto(`${siteUrl}search/?q=warm`);
  await searchDoneAt(page);
  for (const item of items) {
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(item.text)}`);
    yield [item, await searchDoneAt(page)];
  }
}
