import type { APIRoute } from 'astro';
import { llmsFullTxt } from '../lib/agents/llms-txt';
import { pageMarkdown } from '../lib/agents/page-markdown';
import { twinSources } from '../data/twins';
import { site as siteConfig } from '../site-config';

/** `/llms-full.txt`: every page's Markdown twin in one file. */
export const GET: APIRoute = async ({ site }) =>
  new Response(llmsFullTxt(siteConfig, (await twinSources(site!)).map(pageMarkdown)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
