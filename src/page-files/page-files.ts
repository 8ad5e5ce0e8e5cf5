import type { ErrorPage } from '../schema/error-page.ts';
import { pageMarkdown, type TwinSource } from '../lib/agents/page-markdown.ts';
import { pageData } from '../lib/agents/page-data.ts';
import { atomXml, pageEntries } from '../lib/atom-feed.ts';
import { errorFeedFile, errorFeedPath } from '../lib/feed-urls.ts';
import { errorPath, errorTwinFile, errorTwinPath, withBase } from '../lib/urls.ts';

/**
 * The files an error page has beside its HTML: its Markdown and JSON twins (`/errors/<slug>.md`,
 * `.json`) and its Atom feed (`/errors/<slug>/feed.atom`). A build writes them from the content
 * check's result in a worker thread (`src/integrations/page-files.ts`) rather than as Astro
 * routes, which Astro renders one at a time on the thread that renders the pages (README, "Scale");
 * the dev server serves them through one route (`dev-route.ts`). Both call `pageFiles`.
 */

/** Where the site lives: `SITE_URL`, the base path (`/`, `/kb/`), the site's name. */
export interface SiteAddress {
  url: string;
  base: string;
  name: string;
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
export function twinSource(page: PagePart, categoryTitle: string, site: Pick<SiteAddress, 'url' | 'base'>): TwinSource {
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

export function pageFiles(page: PagePart, categoryTitle: string, site: SiteAddress): PageFile[] {
  const source = twinSource(page, categoryTitle, site);
  const { slug, data } = page;
  const pageUrl = source.address.pageUrl;
  const feedUrl = new URL(errorFeedPath(slug, site.base), site.url).href;
  const markdownUrl = new URL(errorTwinPath(slug, 'md', site.base), site.url).href;
  return [
    { path: errorTwinFile(slug, 'md'), contentType: 'text/markdown; charset=utf-8', body: pageMarkdown(source) },
    {
      path: errorTwinFile(slug, 'json'),
      contentType: 'application/json',
      body: JSON.stringify(pageData(source, { markdown: markdownUrl })),
    },
    {
      path: errorFeedFile(slug),
      contentType: 'application/atom+xml; charset=utf-8',
      body: atomXml({
        id: feedUrl,
        title: `${data.title}: changes`,
        subtitle: data.summary,
        url: pageUrl,
        feedUrl,
        author: site.name,
        entries: pageEntries({ ...data, url: pageUrl }),
      }),
    },
  ];
}
