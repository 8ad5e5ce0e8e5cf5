import type { APIRoute } from 'astro';
import { errorEntries } from '../data/errors';
import { siteData } from '../data/site-data';
import { withBase } from '../lib/urls';

/**
 * The site statistics the search needs besides Pagefind's index (`SiteStats` in
 * `src/lib/search/answer-query.ts`), for searches outside the browser (`npm run mcp`). The browser
 * gets the same values from the search form's data attributes (`SearchForm.astro`).
 */
export const GET: APIRoute = async ({ site }) =>
  Response.json({
    site: new URL(withBase('/'), site).href,
    totalPages: (await errorEntries()).length,
    commonTerms: (await siteData()).commonTerms,
  });
