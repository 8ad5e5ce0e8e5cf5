import type { APIRoute } from 'astro';
import { errorEntries } from '../data/errors';
import { rssXml } from '../lib/feeds';
import { errorPath, withBase } from '../lib/urls';
import { site as siteConfig } from '../site-config';

/** The 50 most recently updated errors. */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(path, site).href;
  const entries = (await errorEntries()).slice(0, 50);
  const body = rssXml(
    {
      title: `${siteConfig.name}: recently updated errors`,
      url: abs(withBase('/')),
      feedUrl: abs(withBase('rss.xml')),
      description: siteConfig.tagline,
    },
    entries.map((e) => ({ url: abs(errorPath(e.id)), title: e.data.title, summary: e.data.summary, updated: e.data.updated })),
  );
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
