import type { APIRoute, GetStaticPaths } from 'astro';
import { pageMarkdown } from '../../lib/agents/page-markdown';
import { categoryEntries, errorEntries } from '../../data/errors';
import { siteAddress } from '../../data/site-address';
import { withBase } from '../../lib/urls';
import { pageFiles, twinSource } from '../page-files';

/**
 * The dev server's route for the files beside each page's HTML (`/errors/<slug>.md`, `.json`,
 * `/errors/<slug>/feed.atom`), injected in `npm run dev` only: a build writes them in its worker
 * (`src/integrations/build-worker.ts`). Same function, same bytes.
 */
export const getStaticPaths = (async () => (await errorEntries()).map((e) => ({ params: { slug: e.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, url }) => {
  const [entries, categories] = await Promise.all([errorEntries(), categoryEntries()]);
  const entry = entries.find((e) => e.id === params.slug)!;
  const categoryTitle = categories.find((c) => c.id === entry.data.category)?.data.title ?? entry.data.category;
  const source = twinSource({ slug: entry.id, data: entry.data, body: entry.body }, categoryTitle, siteAddress);
  const file = pageFiles(source, pageMarkdown(source), siteAddress).find((f) => withBase(f.path) === url.pathname);
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.body, { headers: { 'content-type': file.contentType } });
};
