import type { APIRoute } from 'astro';
import { categoryEntries, errorEntries } from '../data/errors';
import { sitemapXml } from '../lib/feeds';
import { categoryPath, errorPath, withBase } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const [entries, categories] = await Promise.all([errorEntries(), categoryEntries()]);
  const abs = (path: string) => new URL(path, site).href;
  const newest = entries[0]?.data.updated;
  const body = sitemapXml([
    { url: abs(withBase('/')), updated: newest },
    { url: abs(withBase('/categories/')), updated: newest },
    ...categories.map((c) => ({ url: abs(categoryPath(c.id)), updated: entries.find((e) => e.data.category === c.id)?.data.updated })),
    ...entries.map((e) => ({ url: abs(errorPath(e.id)), updated: e.data.updated })),
  ]);
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
