import type { APIRoute, GetStaticPaths } from 'astro';
import { pageData } from '../../lib/agents/page-data';
import { twinPaths, twinUrl } from '../../data/twins';

/** `/errors/<slug>.json`: the page's frontmatter as data, plus its steps (`src/lib/agents/page-data.ts`). */
export const getStaticPaths = twinPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  Response.json(pageData(props.source, { markdown: twinUrl(props.source.slug, 'md', site!) }));
