import type { APIRoute, GetStaticPaths } from 'astro';
import { pageMarkdown } from '../../lib/agents/page-markdown';
import { twinPaths } from '../../data/twins';

/** `/errors/<slug>.md`: the page as Markdown, for agents and "view source" readers (`src/lib/agents/page-markdown.ts`). */
export const getStaticPaths = twinPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(pageMarkdown(props.source), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
