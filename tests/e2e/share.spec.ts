import { expect, test } from '@playwright/test';
import { clipboardText, copyWith } from '../support/clipboard.ts';

test('"Copy for chat" copies title, signature and link, and says so', async ({ page }) => {
  await page.goto('errors/git-unrelated-histories/');
  const text = await copyWith(page, 'Copy for chat', 'Chat message copied to the clipboard');
  const title = await page.locator('h1').innerText();
  expect(text).toContain(title);
  expect(text).toContain('`fatal: refusing to merge unrelated histories`');
  expect(text).toMatch(/^https?:\/\/\S+\/errors\/git-unrelated-histories\/$/m);
});

test('"Copy link" and the copy-link control of a step work from the keyboard', async ({ page }) => {
  await page.goto('errors/git-unrelated-histories/');
  await page.getByRole('button', { name: 'Copy link', exact: true }).focus();
  await page.keyboard.press('Enter');
  expect(await clipboardText(page)).toMatch(/\/errors\/git-unrelated-histories\/$/);
  await page.getByRole('button', { name: 'Copy link to step 2' }).click();
  expect(await clipboardText(page)).toMatch(/\/errors\/git-unrelated-histories\/#step-2$/);
  await expect(page.locator('[data-copy-status]')).toHaveText('Link copied to the clipboard');
});
