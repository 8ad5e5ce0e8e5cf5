import type { ErrorPage } from '../schema/error-page.ts';
import { llmsFullTxt } from '../lib/agents/llms-txt.ts';
import type { TwinSource } from '../lib/agents/page-markdown.ts';
import { agentPrompt } from '../lib/agents/agent-prompt.ts';
import { pageData, pageSteps } from '../lib/agents/page-data.ts';
import { atomXml, pageEntries } from '../lib/atom-feed.ts';
import { errorFeedFile, errorFeedPath } from '../lib/feed-urls.ts';
import { errorPath, errorTwinFile, errorTwinPath, withBase } from '../lib/urls.ts';
import { site as siteConfig } from '../site-config.ts';

/**
 * The files an error page has beside its HTML: its Markdown and JSON twins (`/errors/<slug>.md`,
 * `.json`) and its Atom feed (`/errors/<slug>/feed.atom`); and `/llms-full.txt`, every page's
 * Markdown twin. A build writes them from the content check's result in its worker thread
 * (`src/integrations/build-worker.ts`) rather than as Astro routes, which Astro renders one at a
 * time on the thread that renders the pages (README, "Scale"); the dev server serves them through
 * routes injected in dev only (`dev-routes/`). Both make them here.
 */

/** Where the site lives: `SITE_URL` and the base path (`/`, `/kb/`). */
export interface SiteAddress {
  url: string;
  base: string;
}

export interface PagePart {
  slug: string;
  data: ErrorPage;
  /** The MDX body, as written. */
  body: string;
}

export interface PageFile {
  /** Relative to the site root, which is the output folder: `errors/<slug>.md`. */
  path: string;
  contentType: string;
  body: string;
}

/** What a page's twins, and its "Copy as prompt", are made of. */
export function twinSource(page: PagePart, categoryTitle: string, site: SiteAddress): TwinSource {
  return {
    slug: page.slug,
    data: page.data,
    categoryTitle,
    body: page.body,
    address: {
      pageUrl: new URL(errorPath(page.slug, site.base), site.url).href,
      siteUrl: new URL(withBase('/', site.base), site.url).href,
    },
  };
}

/** A page's Markdown twin on the site. */
const markdownUrl = (slug: string, site: SiteAddress) => new URL(errorTwinPath(slug, 'md', site.base), site.url).href;

/** What "Copy as prompt" copies on a page (`agentPrompt`), made of what its twins are. */
export function pagePrompt(source: TwinSource, site: SiteAddress): string {
  const { slug, data, address } = source;
  return agentPrompt({
    title: data.title,
    signature: data.signature,
    causes: data.causes,
    steps: pageSteps(source),
    quickFix: data.quickFixes[0]!,
    url: address.pageUrl,
    markdownUrl: markdownUrl(slug, site),
  });
}

/** The files beside a page's HTML; `markdown` is its Markdown twin (`pageMarkdown(source)`), made once for the twin and `llms-full.txt`. */
export function pageFiles(source: TwinSource, markdown: string, site: SiteAddress): PageFile[] {
  const { slug, data, address } = source;
  const feedUrl = new URL(errorFeedPath(slug, site.base), site.url).href;
  return [
    { path: errorTwinFile(slug, 'md'), contentType: 'text/markdown; charset=utf-8', body: markdown },
    {
      path: errorTwinFile(slug, 'json'),
      contentType: 'application/json',
      body: JSON.stringify(pageData(source, { markdown: markdownUrl(slug, site) })),
    },
    {
      path: errorFeedFile(slug),
      contentType: 'application/atom+xml; charset=utf-8',
      body: atomXml({
        id: feedUrl,
        title: `${data.title}: changes`,
        subtitle: data.summary,
        url: address.pageUrl,
        feedUrl,
        author: siteConfig.name,
        entries: pageEntries({ ...data, url: address.pageUrl }),
      }),
    },
  ];
}

export const LLMS_FULL_FILE = 'llms-full.txt';

/** `/llms-full.txt` of every published page's Markdown twin, in list order (`listOrder`). */
export const llmsFullFile = (markdowns: readonly string[]): PageFile => ({
  path: LLMS_FULL_FILE,
  contentType: 'text/plain; charset=utf-8',
  body: llmsFullTxt(siteConfig, markdowns),
});
