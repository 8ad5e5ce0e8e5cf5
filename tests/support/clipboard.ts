import { expect, type Page } from '@playwright/test';

/** What the clipboard holds (the browser tests may read it: `permissions` in playwright.config.ts). */
export const clipboardText = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

/** Clicks the copy button named `button`, waits until the page says `status`, and returns what it copied. */
export async function copyWith(page: Page, button: string, status: string): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText(status);
  return clipboardText(page);
}
