import type { APIRoute } from 'astro';
import { toolTable } from '../data/tools';
import { versionPatternsOf } from '../lib/versions/tool-names';

/**
 * The version patterns of `content/tools.json`, for the search to read the tool versions a
 * paste names (`src/lib/versions/detect-versions.ts`). Fetched once, alongside Pagefind, so
 * pages don't carry them.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(versionPatternsOf(toolTable())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
