import type { APIRoute } from 'astro';
import { llmsTxt } from '../lib/agents/llms-txt';
import { twinSources, twinUrl } from '../data/twins';
import { searchPath, withBase } from '../lib/urls';
import { site as siteConfig } from '../site-config';
import { LLMS_FULL_FILE } from '../page-files/page-files';

/** `/llms.txt`: every page with its title, Markdown link and summary (https://llmstxt.org/). */
export const GET: APIRoute = async ({ site }) => {
  const sources = await twinSources();
  const body = llmsTxt(
    {
      name: siteConfig.name,
      tagline: siteConfig.tagline,
      fullUrl: new URL(withBase(LLMS_FULL_FILE), site).href,
      searchUrl: new URL(searchPath(), site).href,
    },
    sources.map((s) => ({
      title: s.data.title,
      markdownUrl: twinUrl(s.slug, 'md', site!),
      summary: s.data.summary,
      categoryTitle: s.categoryTitle,
    })),
  );
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
