import type { APIRoute } from 'astro';
import { pageMarkdown } from '../../lib/agents/page-markdown';
import { twinSources } from '../../data/twins';
import { llmsFullFile } from '../page-files';

/** The dev server's `/llms-full.txt`, injected in `npm run dev` only: a build writes it in its worker (`src/integrations/build-worker.ts`). */
export const GET: APIRoute = async () => {
  const file = llmsFullFile((await twinSources()).map(pageMarkdown));
  return new Response(file.body, { headers: { 'content-type': file.contentType } });
};
