import type { APIRoute } from 'astro';
import { errorEntries } from '../data/errors';
import { siteData } from '../data/site-data';
import type { PublishedStats } from '../lib/search/answer-query';
import { withBase } from '../lib/urls';

/**
 * The site statistics the search needs besides Pagefind's index (`PublishedStats` in
 * `src/lib/search/answer-query.ts`), read by the browser's search and by `npm run mcp`.
 */
export const GET: APIRoute = async ({ site }) =>
  Response.json({
    site: new URL(withBase('/'), site).href,
    totalPages: (await errorEntries()).length,
    ...(await siteData()).termStats,
  } satisfies PublishedStats);
