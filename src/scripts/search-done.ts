import type { Page } from '@playwright/test';

/**
 * Makes `page` note the moment (`performance.now()`, from navigation start) its search
 * results are marked done (`data-match` set), with a MutationObserver installed before
 * any page script runs: exact, where polling would add up to a frame.
 */
export async function noteSearchDone(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const done = document.querySelector('[data-search-results][data-match]');
      if (done) (window as { searchDoneAt?: number }).searchDoneAt ??= performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-match'] });
  });
}

/** Waits for the current navigation's search to finish; its time in ms from navigation start. */
export async function searchDoneAt(page: Page, timeout = 30_000): Promise<number> {
  const at = await page.waitForFunction(() => (window as { searchDoneAt?: number }).searchDoneAt, null, { polling: 'raf', timeout });
  return (await at.jsonValue()) as number;
}
