import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from '../support/browser.ts';
import { buildCachesCleanup, buildSite, contentCopy } from '../support/build-site.ts';
import { serveStatic } from '../support/static-server.ts';

/**
 * Version verdicts, the stale banner and the feeds on a real build of the real content plus
 * the fixture pages in `tests/fixtures/versions/errors` (made-up errors, so no real page
 * competes with them): one with a fix version (Claude Code), one by design and verified long
 * ago (Node.js), one whose old wording only npm before 10.6 prints. `KB_TODAY` fixes the day
 * the stale banner is computed for.
 */
const { dir, outDir: out, remove } = contentCopy('versions');
// The fixture pages' preview cards are not worth keeping (the real pages' are kept).
const removeCards = buildCachesCleanup(undefined, { cards: true });
let server: Server;
let base: string;
let browser: Browser;

before(async () => {
  for (const f of readdirSync('tests/fixtures/versions/errors')) cpSync(join('tests/fixtures/versions/errors', f), join(dir, 'errors', f));
  const build = buildSite({ outDir: out, contentDir: dir, env: { KB_TODAY: '2026-11-29', KB_STALE_AFTER_DAYS: '180', KB_STRICT: '1' } });
  assert.equal(build.status, 0, (build.stdout + build.stderr).slice(-3000));
  ({ server, url: base } = await serveStatic(out, 0).then(({ server }) => ({
    server,
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
  })));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  remove();
  removeCards();
});

async function withPage<T>(fn: (page: Page) => Promise<T>, options: { javaScriptEnabled?: boolean } = {}): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Searches on /search/?q= and waits for the results contract (`data-match`). */
async function search(page: Page, paste: string) {
  await page.goto(`${base}search/?q=${encodeURIComponent(paste)}`);
  await page.locator('[data-search-results][data-match]').waitFor({ state: 'attached' });
  const first = page.locator('a[data-search-result]').first();
  return { first, slug: await first.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').filter(Boolean).pop()) };
}

const verdictOf = async (scope: ReturnType<Page['locator']>) => {
  const el = scope.locator('[data-version-verdict]');
  await el.first().waitFor({ state: 'visible', timeout: 5000 });
  return { state: await el.first().getAttribute('data-version-verdict'), text: (await el.first().textContent())?.trim() ?? '' };
};

const zephyrine =
  'Error: sandbox handshake refused by zephyrine broker (ZEPH_HANDSHAKE_REFUSED)\n    at connect (/home/dev/.local/lib/broker.js:12:5)';

test('a paste naming an affected version: the result says so, and the page it opens says the same near its top', async () => {
  await withPage(async (page) => {
    const { first, slug } = await search(page, `$ claude --version\n2.1.160 (Claude Code)\n${zephyrine}`);
    assert.equal(slug, 'fixture-zephyrine-handshake');
    const inResult = await verdictOf(first);
    assert.equal(inResult.state, 'affected');
    assert.match(inResult.text, /^Claude Code 2\.1\.160 is affected .*upgrade to Claude Code 2\.1\.186 or later/);

    await first.click();
    await page.waitForURL(/\/errors\/fixture-zephyrine-handshake\/$/);
    assert.equal(new URL(page.url()).search, '', 'the version does not travel in the URL');
    const onPage = await verdictOf(page.locator('article header'));
    assert.deepEqual(onPage, inResult);
  });
});

test('at or above the fix version the verdict is not-affected', async () => {
  await withPage(async (page) => {
    const { first } = await search(page, `Environment Info\n- Platform: darwin\n- Version: 2.1.190\n- Feedback ID: 0e1b\n${zephyrine}`);
    const v = await verdictOf(first);
    assert.equal(v.state, 'not-affected');
    assert.match(v.text, /^Claude Code 2\.1\.190 includes the fix \(Claude Code 2\.1\.186\)/);
  });
});

test('outside a by-design range: not-affected; inside: affected, with what to do instead', async () => {
  const error =
    "Error: quillfeather cipher 'mdq7' is no longer supported (ERR_QUILL_CIPHER)\n    at Object.<anonymous> (/srv/app/index.js:3:9)\n\n";
  await withPage(async (page) => {
    const old = await verdictOf((await search(page, `${error}Node.js v16.20.2`)).first);
    assert.equal(old.state, 'not-affected');
    assert.match(old.text, /^Node\.js 16\.20\.2 is not affected \(only Node\.js >=17\.0\.0\)/);
    const current = await verdictOf((await search(page, `${error}Node.js v18.19.0`)).first);
    assert.equal(current.state, 'affected');
    assert.match(
      current.text,
      /^Node\.js 18\.19\.0 is affected \(Node\.js >=17\.0\.0\), by design: no release changes this\. Instead: Set QUILL_CIPHER=sha256/,
    );
  });
});

test('a versioned wording: a newer npm no longer prints it', async () => {
  await withPage(async (page) => {
    const { first, slug } = await search(page, 'npm ERR! code EMARBLEWOOD\nnpm ERR! marblewood lockfile is frozen\n$ npm -v\n10.8.2');
    assert.equal(slug, 'fixture-marblewood-frozen');
    const v = await verdictOf(first);
    assert.equal(v.state, 'not-affected');
    assert.match(v.text, /^npm 10\.8\.2 no longer prints “npm ERR! code EMARBLEWOOD” \(only npm <10\.6\.0 does\)/);
  });
});

test('no version in the paste, no verdict; the page opened from it has none either', async () => {
  await withPage(async (page) => {
    const { first, slug } = await search(page, zephyrine);
    assert.equal(slug, 'fixture-zephyrine-handshake');
    await page.locator('[data-search-results][aria-busy="false"]').waitFor({ state: 'attached' });
    assert.equal(await first.locator('[data-version-verdict]').count(), 0);
    await first.click();
    await page.waitForURL(/fixture-zephyrine-handshake/);
    await page.waitForLoadState('load');
    assert.equal(await page.locator('[data-version-verdict]').count(), 0);
  });
});

test('stale banner on a page verified longer ago than the configured age, not on a fresh one; both show the date', async () => {
  await withPage(async (page) => {
    await page.goto(`${base}errors/fixture-quillfeather-cipher/`);
    const banner = page.locator('[data-stale-banner]');
    assert.equal(await banner.count(), 1);
    assert.match((await banner.textContent()) ?? '', /Last checked 683 days ago \(15 Jan 2025\)/);
    assert.match((await page.locator('[data-verified]').textContent()) ?? '', /Last verified 15 Jan 2025/);
    assert.equal(await page.locator('[data-by-design]').count(), 1, 'by-design note');

    await page.goto(`${base}errors/fixture-zephyrine-handshake/`);
    assert.equal(await page.locator('[data-stale-banner]').count(), 0);
    assert.match((await page.locator('[data-verified]').textContent()) ?? '', /Last verified 20 Nov 2026/);
  });
});

test('without JavaScript the page lists its versions and history, and links its Atom feed from the head', async () => {
  await withPage(
    async (page) => {
      await page.goto(`${base}errors/fixture-zephyrine-handshake/`);
      const text = (await page.locator('article').innerText()).replace(/\s+/g, ' ');
      assert.match(text, /Affected: Claude Code >=2\.1\.150; fixed in Claude Code 2\.1\.186/);
      assert.match(text, /History 20 Nov 2026: Fixed in Claude Code 2\.1\.186\. 2 Oct 2026: Reported on 2\.1\.150 & later; no fix yet\./);
      assert.equal(await page.locator('[data-version-verdict]').count(), 0);
      const feed = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
      assert.equal(feed, '/errors/fixture-zephyrine-handshake/feed.atom');
    },
    { javaScriptEnabled: false },
  );
});

test('the error and category feeds parse as Atom, with the history entries and the update', async () => {
  await withPage(async (page) => {
    await page.goto(`${base}errors/fixture-zephyrine-handshake/`);
    const parse = (path: string) =>
      page.evaluate(async (url) => {
        const res = await fetch(url);
        const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
        const atom = 'http://www.w3.org/2005/Atom';
        const feed = doc.documentElement;
        const child = (el: Element, name: string) => [...el.children].find((c) => c.namespaceURI === atom && c.localName === name);
        return {
          type: res.headers.get('content-type'),
          error: doc.getElementsByTagName('parsererror').length > 0,
          root: `${feed.namespaceURI} ${feed.localName}`,
          required: ['id', 'title', 'updated', 'author'].filter((n) => !child(feed, n)),
          self: [...feed.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')?.getAttribute('href'),
          entries: [...feed.children]
            .filter((c) => c.localName === 'entry')
            .map((e) => ({
              missing: ['id', 'title', 'updated', 'link'].filter((n) => !child(e, n)),
              updated: child(e, 'updated')?.textContent,
              summary: child(e, 'summary')?.textContent,
            })),
        };
      }, path);

    const error = await parse('/errors/fixture-zephyrine-handshake/feed.atom');
    assert.equal(error.error, false, 'well-formed XML');
    assert.equal(error.type, 'application/atom+xml');
    assert.equal(error.root, 'http://www.w3.org/2005/Atom feed');
    assert.deepEqual(error.required, []);
    assert.match(error.self ?? '', /\/errors\/fixture-zephyrine-handshake\/feed\.atom$/);
    assert.deepEqual(
      error.entries.map((e) => [e.updated?.slice(0, 10), e.summary, e.missing.length]),
      [
        ['2026-11-20', 'Fixed in Claude Code 2.1.186.', 0],
        ['2026-10-02', 'Reported on 2.1.150 & later; no fix yet.', 0],
      ],
    );

    const category = await parse('/categories/node-npm/feed.atom');
    assert.equal(category.error, false);
    assert.deepEqual(category.required, []);
    const summaries = category.entries.map((e) => e.summary ?? '');
    assert.ok(
      summaries.some((s) => /2025-01-15 \(status: by-design\)/.test(s)),
      'the fixture page in the category has its update entry',
    );
    assert.ok(category.entries.every((e) => e.missing.length === 0));
    const dates = category.entries.map((e) => e.updated ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  });
});
