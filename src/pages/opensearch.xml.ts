import type { APIRoute } from 'astro';
import { openSearchXml } from '../lib/opensearch';
import { searchPath, withBase } from '../lib/urls';
import { site as siteConfig } from '../site-config';

export const GET: APIRoute = ({ site }) =>
  new Response(
    openSearchXml({
      name: siteConfig.name,
      description: `${siteConfig.name}: ${siteConfig.tagline}`,
      searchUrl: new URL(searchPath(), site).href,
      iconUrl: new URL(withBase('favicon.svg'), site).href,
    }),
    { headers: { 'content-type': 'application/opensearchdescription+xml; charset=utf-8' } },
  );
