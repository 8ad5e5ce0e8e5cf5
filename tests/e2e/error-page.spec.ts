import { expect, test } from '@playwright/test';
import { builtErrorSlugs } from '../support/built-site.ts';
import { copyWith } from '../support/clipboard.ts';

const slugs = builtErrorSlugs();

test('every content file became a page', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(44);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every error page has every section, in order, readable without JavaScript', async ({ page }) => {
    test.setTimeout(180_000);
    for (const slug of slugs) {
      await page.goto(`errors/${slug}/`, { waitUntil: 'domcontentloaded' });
      const order = await page.evaluate(() => {
        const article = document.querySelector('article.error-page')!;
        const pick = (sel: string) => article.querySelector(sel);
        const all = [
          ['title', pick('h1')],
          ['category', pick('.meta a.badge')],
          ['status', pick('.meta .status')],
          ['updated', pick('.meta time')],
          ['signature', pick('.signature pre')],
          ['summary', pick('p.lead')],
          ['quick fix', pick('#quick-fix')],
          ['what it means', pick('#what-this-error-means')],
          ['causes', pick('#why-it-happens')],
          ['steps', pick('#troubleshooting-steps')],
          ['sources', pick('#sources')],
          ['related', pick('#related')],
        ] as const;
        const missing = all.filter(([, el]) => !el).map(([name]) => name);
        const els = all.map(([, el]) => el).filter(Boolean) as Element[];
        const inOrder = els.every((el, i) => i === 0 || els[i - 1]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        return {
          missing,
          inOrder,
          steps: article.querySelectorAll('li[id^="step-"]').length,
          related: article.querySelectorAll('[data-related] a').length,
        };
      });
      expect(order.missing, slug).toEqual([]);
      expect(order.inOrder, slug).toBe(true);
      expect(order.steps, slug).toBeGreaterThanOrEqual(3);
      expect(order.related, slug).toBeGreaterThanOrEqual(3);
      await expect(page.locator('#step-1')).toBeVisible();
    }
  });

  test('the search page says it needs JavaScript and points to the categories', async ({ page }) => {
    await page.goto('search/?q=anything');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await page.locator('[data-search-status]').getByRole('link', { name: 'categories' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'All categories' })).toBeVisible();
  });

  test('home leads with the search box, then categories and recent errors', async ({ page }) => {
    await page.goto('./');
    const search = page.locator('main input[type="search"]');
    await expect(search).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Categories' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Recently updated' })).toBeVisible();
    await page.getByRole('link', { name: /^Docker$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Docker' })).toBeVisible();
    await expect(page.locator('main .card a').first()).toHaveAttribute('href', /\/errors\//);
  });

  test('unknown URLs get the 404 page with a search box', async ({ page }) => {
    const response = await page.goto('no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.locator('main input[type="search"]')).toBeVisible();
  });
});

test('#step-N links scroll to and highlight that step', async ({ page }) => {
  await page.goto(`errors/${slugs[0]}/#step-3`);
  const step = page.locator('#step-3');
  await expect(step).toBeInViewport();
  expect(await step.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('the signature copy button copies the exact error text', async ({ page }) => {
  await page.goto('errors/docker-sock-permission/');
  const copied = await copyWith(page, 'Copy the error text', 'Copied to the clipboard');
  expect(copied).toContain('permission denied while trying to connect to the Docker daemon socket');
});
